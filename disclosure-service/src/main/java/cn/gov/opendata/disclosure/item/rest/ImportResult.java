package cn.gov.opendata.disclosure.item.rest;

/** What an import did: lines that created an item, changed one, or matched it exactly. */
public record ImportResult(long created, long updated, long unchanged) {
}
