package cn.gov.opendata.disclosure.item.rest;

import java.util.List;

/** One page of a list. */
public record ItemPage(List<DisclosureItemView> items, int page, int size, long total) {
}
