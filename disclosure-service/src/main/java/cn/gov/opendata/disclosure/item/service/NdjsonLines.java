package cn.gov.opendata.disclosure.item.service;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads NDJSON lines one at a time with a length cap, so that a body without newlines cannot exhaust memory. A line
 * longer than the cap is skipped to its end and reported as {@link #TOO_LONG}.
 */
final class NdjsonLines {

    static final String TOO_LONG = new String("\u0000too long");

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(1024);
    private int position;
    private int limit;
    private boolean eof;

    NdjsonLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator (and without a trailing '\r'), {@link #TOO_LONG}, or null at the end. */
    String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    return any ? finish(tooLong) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (position < limit) {
                position++;
                return finish(tooLong);
            }
        }
    }

    private String finish(boolean tooLong) {
        if (tooLong) {
            return TOO_LONG;
        }
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
