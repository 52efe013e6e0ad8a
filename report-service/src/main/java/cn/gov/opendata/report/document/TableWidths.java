package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Row;

/**
 * Column widths of a printed table (in twentieths of a point, as Word counts them): the label column as wide as its
 * longest label needs, within a share of the text width, and the figure columns sharing the rest equally. A figure
 * column is never narrower than two characters of the table's font: narrower, Word stacks a header such as
 * "结果维持" one character per line.
 */
public record TableWidths(int label, int column, int count) {

    /** The narrowest header line a column may have, in characters. */
    static final int MIN_CHARS = 2;
    private static final double MAX_LABEL_SHARE = 0.4;

    public static TableWidths of(TableLayout.Block block, int textWidth, int cellMargin, int points) {
        int count = block.columns().size();
        int charWidth = points * 20;
        int minColumn = MIN_CHARS * charWidth + 2 * cellMargin + 20;
        int longest = 2;
        for (Row row : block.rows()) {
            int chars = (row.label() == null ? 0 : row.label().length()) + 2 * Math.max(0, row.level());
            longest = Math.max(longest, chars);
        }
        int wanted = Math.max(4 * charWidth, longest * charWidth) + 2 * cellMargin;
        int label = Math.min(wanted, (int) (textWidth * MAX_LABEL_SHARE));
        if (count == 0) {
            return new TableWidths(textWidth, 0, 0);
        }
        int column = (textWidth - label) / count;
        if (column < minColumn) {
            column = minColumn;
            label = Math.max(3 * charWidth + 2 * cellMargin, textWidth - count * column);
        }
        return new TableWidths(label, column, count);
    }

    /** How many characters of a header fit on one line of a header cell spanning {@code colspan} columns. */
    public int charsPerLine(int colspan, int cellMargin, int points) {
        return (colspan * column - 2 * cellMargin) / (points * 20);
    }

    public int total() {
        return label + count * column;
    }
}
