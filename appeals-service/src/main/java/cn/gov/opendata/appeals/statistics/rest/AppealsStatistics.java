package cn.gov.opendata.appeals.statistics.rest;

import java.util.Map;

/** The year's figures for every agency that has any, keyed by agency code in code order. */
public record AppealsStatistics(int year, Map<String, AgencyFigures> agencies) {
}
