package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of a PUT on a natural key: the record as stored and whether it was new. */
public record Saved<B>(B body, boolean created) {

    /** Creating through PUT is only allowed without a version or at version 0: a higher one means the caller saw a record that is gone. */
    public static void checkCreatable(Long version, String what) {
        if (version != null && version != 0) {
            throw ApiException.conflict(what + " does not exist (any more) at version " + version + "; it may have been deleted");
        }
    }

    /** Replacing needs the version the caller read, so that two editors cannot silently overwrite each other. */
    public static void checkVersion(Long version, long current, String what) {
        if (version == null) {
            throw ApiException.badRequest("version", "is required to replace an existing record; send the version you read");
        }
        if (version != current) {
            throw ApiException.conflict(what + " is at version " + current + ", not " + version + "; reload it and retry");
        }
    }

    public static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
