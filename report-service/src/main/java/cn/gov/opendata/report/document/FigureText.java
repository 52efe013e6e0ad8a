package cn.gov.opendata.report.document;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed figure back as a number for spreadsheets: "57", "1,520", "35.60", "57.36%". Anything else —
 * "/" (does not apply), blanks, words — stays text. The spreadsheet format keeps the printed decimals.
 */
public record FigureText(BigDecimal value, String excelFormat) {

    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(%?)");

    public static Optional<FigureText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean grouped = m.group(2).contains(",");
        String decimals = m.group(3);
        boolean percent = !m.group(4).isEmpty();
        BigDecimal value = new BigDecimal(m.group(1) + m.group(2).replace(",", "") + (decimals == null ? "" : "." + decimals));
        if (percent) {
            value = value.movePointLeft(2);
        }
        String format = (grouped ? "#,##0" : "0") + (decimals == null ? "" : "." + "0".repeat(decimals.length())) + (percent ? "%" : "");
        return Optional.of(new FigureText(value, format));
    }
}
