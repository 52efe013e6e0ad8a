package cn.gov.opendata.seeds.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of every record of a dataset, in a canonical form: each kind in load order, each record as one JSON line
 * with its properties and map keys sorted. Two runs that would load the same data print the same digest, whatever
 * JVM, machine or Java version made them; {@code seeds.jar digest} prints it so that two processes can be compared.
 */
public final class DatasetDigest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final MessageDigest whole = sha256();
    private final Map<String, String> parts = new LinkedHashMap<>();

    /** Adds each kind of record of the dataset under {@code name}: "zhoukou/requests", … */
    public DatasetDigest add(String name, Dataset dataset) {
        add(name + "/agencies", dataset.agencies());
        add(name + "/disclosures", dataset.disclosures());
        add(name + "/tallies", dataset.tallies());
        add(name + "/requests", dataset.requests());
        add(name + "/reconsiderations", dataset.reconsiderations());
        add(name + "/lawsuits", dataset.lawsuits());
        add(name + "/complaints", dataset.complaints());
        add(name + "/narratives", dataset.narratives());
        add(name + "/supplementary", dataset.supplementary());
        return this;
    }

    /** Adds the province's items, streamed as the very NDJSON lines the benchmark imports. */
    public DatasetDigest addItems(String name, ProvinceDataset province, int count) throws IOException {
        MessageDigest part = sha256();
        try (Writer out = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), part),
                StandardCharsets.UTF_8)) {
            province.writeItems(out, count);
        }
        record(name, count, part);
        return this;
    }

    private void add(String name, List<?> records) {
        MessageDigest part = sha256();
        for (Object record : records) {
            part.update(canonical(record));
            part.update((byte) '\n');
        }
        record(name, records.size(), part);
    }

    private void record(String name, long count, MessageDigest part) {
        String hex = HexFormat.of().formatHex(part.digest());
        parts.put(name, count + " " + hex);
        whole.update((name + " " + count + " " + hex + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Per part: its record count and SHA-256, in the order added. */
    public Map<String, String> parts() {
        return parts;
    }

    /** The SHA-256 over every part's name, count and digest; call once, after the last part. */
    public String total() {
        return HexFormat.of().formatHex(whole.digest());
    }

    static byte[] canonical(Object record) {
        try {
            return CANONICAL.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + record, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
