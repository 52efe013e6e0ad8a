package cn.gov.opendata.application.request.rest;

import java.util.List;

/** One page of a list. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
