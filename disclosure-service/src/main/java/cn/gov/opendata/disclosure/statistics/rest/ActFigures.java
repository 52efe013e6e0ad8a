package cn.gov.opendata.disclosure.statistics.rest;

/**
 * One kind of normative act: 本年制发 / 本年废止 / 现行有效 (in force at 31 December) by their legal dates, and for the
 * trial format 本年新公开 (published in the year) and 对外公开总数量 (published up to its end, repealed ones included).
 */
public record ActFigures(long issued, long repealed, long inForce, long published, long publishedTotal) {
}
