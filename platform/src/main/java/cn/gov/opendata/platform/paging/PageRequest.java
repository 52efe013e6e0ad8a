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
        if ((long) p * s > MAX_OFFSET) {
            throw ApiException.badRequest("page", "is too far: page × size must not exceed " + MAX_OFFSET);
        }
        return new PageRequest(p, s);
    }

    /** The first row of the last page a client may ask for: every offset stays an int, whoever computes it. */
    public static final int MAX_OFFSET = Integer.MAX_VALUE - MAX_SIZE;

    public int offset() {
        return page * size;
    }
}
