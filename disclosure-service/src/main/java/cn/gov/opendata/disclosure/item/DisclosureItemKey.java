package cn.gov.opendata.disclosure.item;

import java.io.Serializable;
import java.util.Objects;

/** The natural key of an item: the agency and its index number (索引号). */
public class DisclosureItemKey implements Serializable {

    public String agency;
    public String indexNumber;

    public DisclosureItemKey() {
    }

    public DisclosureItemKey(String agency, String indexNumber) {
        this.agency = agency;
        this.indexNumber = indexNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisclosureItemKey key && Objects.equals(agency, key.agency)
                && Objects.equals(indexNumber, key.indexNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, indexNumber);
    }
}
