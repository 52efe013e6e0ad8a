package cn.gov.opendata.platform.json;

import cn.gov.opendata.platform.problem.ApiException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A body read as UTF-8 that refuses bytes which are not: the JDK's reader replaces them with U+FFFD, and an import
 * stored the damaged text and answered 200, where a JSON body with the same bytes is a 400.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The body's characters; a byte sequence that is not UTF-8 is a 400 problem on the field "body". */
    public static Reader reader(InputStream body) {
        return new Strict(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static final class Strict extends FilterReader {

        Strict(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (CharacterCodingException e) {
                throw refusal();
            }
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                throw refusal();
            }
        }

        private static ApiException refusal() {
            // the reader decodes ahead in blocks, so the line it was reading is not known here
            return ApiException.badRequest("body", "is not valid UTF-8: some bytes cannot be read as text; nothing was imported");
        }
    }
}
