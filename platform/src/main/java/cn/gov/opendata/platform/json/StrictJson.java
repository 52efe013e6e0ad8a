package cn.gov.opendata.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One reading of JSON for every body and import line of every service: a document means exactly one thing or is
 * refused. A repeated key ("last one wins"), garbage after the document, a number where a code or a text is expected,
 * a fraction or a text where a count is expected, a null inside a list or map, NUL characters and lone surrogates (PostgreSQL cannot store the
 * one and Java silently stores the other as "?"), a date given as a number or an array, and a text of more than a
 * million characters are all the client's error, answered 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The longest text value a body may hold, in characters. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /**
     * After Quarkus' own customizers: they register Jackson's date module, whose lenient date readers would otherwise
     * be consulted before ours (the module registered last wins): a date-time or an empty array was taken for a date.
     */
    @Override
    public int priority() {
        return QUARKUS_CUSTOMIZER_PRIORITY - 1;
    }

    /** Makes any mapper strict, for readers that build their own (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // FAIL_ON_NULL_FOR_PRIMITIVES stays off: Jackson then also refuses a primitive left out of a record, which
        // clients may omit; the request records hold counts as boxed types checked by their constraints.
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        // A number or a boolean is not a text, a text is not a count or a flag, an empty text is not an absent value.
        // Decimals (money, figures) may come as text: "12.50" is their documented shape.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // 1, -1 or 2 for true is a guess, not a flag
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // A null inside a list or a map ({"holidays":[null]}) is refused where it is read, naming its place, rather
        // than left for code that expects none.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule texts = new SimpleModule("opendata-strict-text");
        texts.addDeserializer(String.class, new StrictTextDeserializer());
        texts.addKeyDeserializer(String.class, new StrictTextDeserializer.Keys());
        texts.addDeserializer(LocalDate.class, StrictDates.LOCAL_DATE);
        texts.addDeserializer(OffsetDateTime.class, StrictDates.OFFSET_DATE_TIME);
        mapper.registerModule(texts);
        // A text is read into memory whole before any length check of the record runs: the longest any record takes
        // is 100,000 characters (a report's narrative), and a 17 MB one ran a 112 MB heap out of memory.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT_LENGTH).build());
        return mapper;
    }
}
