package cn.gov.opendata.disclosure.item.rest;

import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.item.DisclosureItem;
import cn.gov.opendata.disclosure.item.PublicationDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An item as the API returns it; publishedAt is given in China Standard Time. */
@Schema(name = "DisclosureItem")
public record DisclosureItemView(String agency, String indexNumber, String title, String documentNumber,
                                 Category category, OffsetDateTime publishedAt, List<Channel> channels, String url,
                                 LocalDate issuedOn, LocalDate repealedOn, long version) {

    public static DisclosureItemView of(DisclosureItem item) {
        return new DisclosureItemView(item.agency, item.indexNumber, item.title, item.documentNumber, item.category,
                PublicationDate.inChina(item.publishedAt), item.channels(), item.url, item.issuedOn, item.repealedOn,
                item.version);
    }
}
