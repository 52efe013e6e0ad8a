package cn.gov.opendata.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date or a date-time is a text in ISO 8601 and nothing else. Jackson's own readers also take a number (days or
 * seconds since 1970: 12345 became 2003-10-20), an array ([2018,1,1]) and an empty array (read as no date at all); its
 * date reader also takes a date-time and keeps its UTC day ("2025-02-28T20:00:00Z" became 02-28, in China already
 * 03-01) and trims spaces. A date is exactly YYYY-MM-DD here.
 */
final class StrictDates<T> extends StdDeserializer<T> {

    static final StrictDates<LocalDate> LOCAL_DATE = new StrictDates<>(LocalDate.class, new ExactDate());
    static final StrictDates<OffsetDateTime> OFFSET_DATE_TIME = new StrictDates<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);

    private final JsonDeserializer<T> iso;

    private StrictDates(Class<T> type, JsonDeserializer<T> iso) {
        super(type);
        this.iso = iso;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        return iso.deserialize(parser, context);
    }

    /** YYYY-MM-DD, a real day of the calendar (ResolverStyle.STRICT: no 2019-02-30), nothing before or after it. */
    private static final class ExactDate extends StdDeserializer<LocalDate> {

        ExactDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a date (YYYY-MM-DD)");
            }
        }
    }
}
