package cn.gov.opendata.platform.storage;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Status;
import jakarta.inject.Inject;

import java.sql.SQLException;

/**
 * Runs a {@link RetryOnDuplicateKey} write once more when its transaction failed on a unique key a concurrent request
 * took first. It wraps the transaction (a lower priority than {@code @Transactional}'s), so the retry is a fresh
 * transaction that sees the other request's committed row. Inside a caller's transaction it does nothing: only the
 * outermost write may start over. A second duplicate key is answered 409 by the problem mappers.
 */
@RetryOnDuplicateKey
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DuplicateKeyRetry {

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        try {
            return context.proceed();
        } catch (Exception e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            Log.debugf("duplicate key in %s; running it once more", context.getMethod().getName());
            return context.proceed();
        }
    }

    /** Whether the failure, anywhere in its causes, is PostgreSQL's unique_violation. */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
