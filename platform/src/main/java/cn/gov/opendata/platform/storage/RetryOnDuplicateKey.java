package cn.gov.opendata.platform.storage;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write keyed by a client's natural key that two requests may make at once: when the database refuses the second
 * insert as a duplicate key, the whole transaction runs once more, now finding the first one's record (same content:
 * unchanged; different content: the write's own rules decide, 200 or 409). See {@link DuplicateKeyRetry}.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnDuplicateKey {
}
