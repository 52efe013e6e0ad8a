package cn.gov.opendata.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Reads a JSON string as a Java string, refusing what no record should hold: NUL and the other C0 control characters
 * but tab, line feed and carriage return, and a surrogate without its pair. Only strings: a number or an object where
 * a text is expected is refused too, rather than turned into its text.
 */
public class StrictTextDeserializer extends StdScalarDeserializer<String> {

    public StrictTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        return check(p, p.getText());
    }

    static String check(JsonParser p, String text) throws JsonMappingException {
        String fault = TextRules.fault(text);
        if (fault != null) {
            throw new InvalidTextException(p, fault);
        }
        return text;
    }

    /** Map keys are texts too. */
    static class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return check(ctxt.getParser(), key);
        }
    }

    /** A string the platform refuses to store; its message says why in plain words, never the value. */
    public static class InvalidTextException extends JsonMappingException {
        InvalidTextException(JsonParser p, String message) {
            super(p, message);
        }
    }
}
