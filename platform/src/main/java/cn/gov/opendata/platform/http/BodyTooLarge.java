package cn.gov.opendata.platform.http;

/** A body that passed the service's {@link BodyLimit} while it was read; answered 413 by the problem mappers. */
public class BodyTooLarge extends RuntimeException {

    public BodyTooLarge(String refusal) {
        super(refusal, null, false, false);
    }
}
