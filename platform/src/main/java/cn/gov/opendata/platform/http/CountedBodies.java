package cn.gov.opendata.platform.http;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every request body the REST layer reads is counted, and refused with {@link BodyTooLarge} once it passes the
 * service's {@link BodyLimit}: the only check a body sent without a declared length (chunked) meets before the
 * framework's, which would answer with an empty 413.
 */
@Provider
public class CountedBodies implements ReaderInterceptor {

    private final BodyLimit limit;

    public CountedBodies(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Counted(context.getInputStream(), limit));
        return context.proceed();
    }

    static final class Counted extends FilterInputStream {

        private final BodyLimit limit;
        private long count;

        Counted(InputStream in, BodyLimit limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit.maxBytes()) {
                throw new BodyTooLarge(limit.refusal());
            }
        }
    }
}
