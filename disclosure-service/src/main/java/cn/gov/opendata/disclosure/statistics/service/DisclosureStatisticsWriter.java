package cn.gov.opendata.disclosure.statistics.service;

import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.tally.TallyKind;
import cn.gov.opendata.disclosure.tally.service.TallyValues;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the statistics contract (DESIGN.md) straight from the aggregate rows with a streaming generator: a
 * province year is ~10,000 agencies and several megabytes of JSON, built without an object tree.
 */
@ApplicationScoped
public class DisclosureStatisticsWriter {

    private static final Channel[] CHANNELS = Channel.values();
    private static final Category[] CATEGORIES = Category.values();

    @Inject
    ObjectMapper mapper;

    @Inject
    StatisticsQuery query;

    /** Reads the figures now (so that database errors surface before the answer starts), writes them later. */
    public Figures read(int year, List<String> agencies) {
        return new Figures(year, query.rows(year, agencies));
    }

    /** The figures of one year, ready to be written. */
    public final class Figures {
        private final int year;
        private final List<AgencyFigureRow> rows;

        Figures(int year, List<AgencyFigureRow> rows) {
            this.year = year;
            this.rows = rows;
        }

        public void writeTo(OutputStream out) throws IOException {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeNumberField("year", year);
                json.writeObjectFieldStart("agencies");
                for (AgencyFigureRow row : rows) {
                    json.writeObjectFieldStart(row.agency());
                    writeAgency(json, row);
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeEndObject();
            }
        }
    }

    private static void writeAgency(JsonGenerator json, AgencyFigureRow row) throws IOException {
        long[] counts = row.counts();
        json.writeNumberField("items", counts[0]);
        json.writeObjectFieldStart("channels");
        for (int i = 0; i < CHANNELS.length; i++) {
            if (counts[1 + i] != 0) {
                json.writeNumberField(CHANNELS[i].name(), counts[1 + i]);
            }
        }
        json.writeEndObject();
        json.writeObjectFieldStart("categories");
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (counts[1 + CHANNELS.length + i] != 0) {
                json.writeNumberField(CATEGORIES[i].name(), counts[1 + CHANNELS.length + i]);
            }
        }
        json.writeEndObject();
        json.writeObjectFieldStart("normativeActs");
        long[] acts = row.acts();
        for (int i = 0; i < StatisticsQuery.ACTS.size(); i++) {
            json.writeObjectFieldStart(StatisticsQuery.ACTS.get(i).name());
            int at = StatisticsQuery.PER_ACT * i;
            json.writeNumberField("issued", acts[at]);
            json.writeNumberField("repealed", acts[at + 1]);
            json.writeNumberField("inForce", acts[at + 2]);
            json.writeNumberField("published", acts[at + 3]);
            json.writeNumberField("publishedTotal", acts[at + 4]);
            json.writeEndObject();
        }
        json.writeEndObject();
        // tallies in TallyKind order; counts as JSON integers, amounts as strings with their kind's decimals
        json.writeObjectFieldStart("tallies");
        for (TallyKind kind : TallyKind.values()) {
            int at = indexOf(row.tallyKinds(), kind);
            if (at >= 0 && row.tallyValues()[at] != null) {
                String value = TallyValues.format(kind, row.tallyValues()[at]);
                if (kind.isCount()) {
                    json.writeFieldName(kind.name());
                    json.writeNumber(Long.parseLong(value));
                } else {
                    json.writeStringField(kind.name(), value);
                }
            }
        }
        json.writeEndObject();
        json.writeArrayFieldStart("talliesNotApplicable");
        for (TallyKind kind : TallyKind.values()) {
            int at = indexOf(row.tallyKinds(), kind);
            if (at >= 0 && row.tallyValues()[at] == null) {
                json.writeString(kind.name());
            }
        }
        json.writeEndArray();
        json.writeObjectFieldStart("cataloguesBefore");
        for (TallyKind kind : TallyKind.values()) {
            int at = indexOf(row.kindsBefore(), kind);
            if (at >= 0) {
                json.writeFieldName(kind.name());
                json.writeNumber(Long.parseLong(TallyValues.format(kind, row.valuesBefore()[at])));
            }
        }
        json.writeEndObject();
    }

    private static int indexOf(String[] kinds, TallyKind kind) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i].equals(kind.name())) {
                return i;
            }
        }
        return -1;
    }
}
