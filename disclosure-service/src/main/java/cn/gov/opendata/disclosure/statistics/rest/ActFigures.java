package cn.gov.opendata.disclosure.statistics.rest;

/** 本年制发 / 本年废止 / 现行有效 (in force at 31 December) for one kind of normative act. */
public record ActFigures(long issued, long repealed, long inForce) {
}
