package cn.gov.opendata.platform.paging;

import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.problem.ApiException;

/** Paging parameters as the API defines them: page from 0, size 1..500 with default 50. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(String page, String size) {
        int p = QueryParams.integer("page", page, 0);
        int s = QueryParams.integer("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ApiException.badRequest("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        // A page far past the end is simply empty, not an int overflow.
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
