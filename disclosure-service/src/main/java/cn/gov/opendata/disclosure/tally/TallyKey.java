package cn.gov.opendata.disclosure.tally;

import java.io.Serializable;
import java.util.Objects;

/** A tally is keyed by year, agency and kind. */
public class TallyKey implements Serializable {

    public int year;
    public String agency;
    public TallyKind kind;

    public TallyKey() {
    }

    public TallyKey(int year, String agency, TallyKind kind) {
        this.year = year;
        this.agency = agency;
        this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TallyKey key && year == key.year && Objects.equals(agency, key.agency) && kind == key.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, agency, kind);
    }
}
