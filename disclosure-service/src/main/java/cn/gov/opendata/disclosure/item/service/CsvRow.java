package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.item.PublicationDate;
import cn.gov.opendata.disclosure.item.rest.DisclosureItemBody;

import java.time.LocalDate;

/** One staging row in PostgreSQL's CSV format: text always quoted, so that only an unquoted empty field is NULL. */
final class CsvRow {

    private CsvRow() {
    }

    static void append(StringBuilder row, long line, DisclosureItemBody item) {
        LocalDate publishedOn = PublicationDate.of(item.publishedAt());
        row.append(line).append(',');
        text(row, item.agency());
        row.append(',');
        text(row, item.indexNumber());
        row.append(',');
        text(row, item.title());
        row.append(',');
        text(row, item.documentNumber());
        row.append(',').append(item.category().name()).append(',')
                .append(item.publishedAt()).append(',')
                .append(publishedOn).append(',')
                .append(publishedOn.getYear()).append(',')
                .append(Channel.mask(item.channels())).append(',');
        text(row, item.url());
        row.append(',');
        if (item.issuedOn() != null) {
            row.append(item.issuedOn());
        }
        row.append(',');
        if (item.repealedOn() != null) {
            row.append(item.repealedOn());
        }
        row.append('\n');
    }

    private static void text(StringBuilder row, String value) {
        if (value == null) {
            return;
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        row.append('"');
    }
}
