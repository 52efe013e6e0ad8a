package cn.gov.opendata.disclosure.item;

import java.time.LocalDate;

/** The facts about an item that its figures depend on, captured before a change to subtract what it counted. */
public record ItemFacts(String agency, int year, int channelMask, Category category, LocalDate issuedOn,
                        LocalDate repealedOn) {

    public static ItemFacts of(DisclosureItem item) {
        return new ItemFacts(item.agency, item.publishedYear, item.channelMask, item.category, item.issuedOn,
                item.repealedOn);
    }
}
