package cn.gov.opendata.appeals.link;

import cn.gov.opendata.appeals.outcome.LawsuitAfterReconsideration.Named;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The link between a lawsuit after reconsideration and the reconsideration it names, read from both sides. Plain SQL
 * over the two tables, so neither feature package depends on the other. The batch forms answer for every key of an
 * import with one query (the keys as two arrays, unnested and joined on the natural-key indexes).
 */
@ApplicationScoped
public class ReconsiderationLinks {

    /** A lawsuit naming a reconsideration: its key and filing date. */
    public record NamingLawsuit(String agency, String caseNumber, LocalDate filedOn) {
    }

    /** A case by its natural key. */
    public record Key(String agency, String caseNumber) {
    }

    private final EntityManager em;

    public ReconsiderationLinks(EntityManager em) {
        this.em = em;
    }

    /** The reconsideration on record under this key, as the chronology rule needs it. */
    public Optional<Named> reconsideration(String agency, String caseNumber) {
        return Optional.ofNullable(reconsiderations(List.of(new Key(agency, caseNumber))).get(new Key(agency, caseNumber)));
    }

    /** The reconsiderations on record under these keys; a key without one is absent from the map. */
    public Map<Key, Named> reconsiderations(Collection<Key> keys) {
        Map<Key, Named> found = new HashMap<>();
        query("SELECT r.agency, r.case_number, r.filed_on FROM reconsideration r"
                + " JOIN unnest(?::varchar[], ?::varchar[]) AS k(agency, case_number)"
                + " ON r.agency = k.agency AND r.case_number = k.case_number", keys, rows -> {
            Key key = new Key(rows.getString(1), rows.getString(2));
            found.put(key, new Named(key.agency(), key.caseNumber(), toDate(rows.getDate(3))));
        });
        return found;
    }

    /** The lawsuits naming this reconsideration, oldest filing first. */
    public List<NamingLawsuit> lawsuitsNaming(String agency, String caseNumber) {
        return lawsuitsNaming(List.of(new Key(agency, caseNumber))).getOrDefault(new Key(agency, caseNumber), List.of());
    }

    /** The lawsuits naming each of these reconsiderations, oldest filing first; a key none names is absent. */
    public Map<Key, List<NamingLawsuit>> lawsuitsNaming(Collection<Key> reconsiderations) {
        Map<Key, List<NamingLawsuit>> naming = new HashMap<>();
        query("SELECT l.reconsideration_agency, l.reconsideration_case_number, l.agency, l.case_number, l.filed_on FROM lawsuit l"
                + " JOIN unnest(?::varchar[], ?::varchar[]) AS k(agency, case_number)"
                + " ON l.reconsideration_agency = k.agency AND l.reconsideration_case_number = k.case_number"
                + " ORDER BY l.filed_on, l.agency, l.case_number", reconsiderations, rows ->
                naming.computeIfAbsent(new Key(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
                        .add(new NamingLawsuit(rows.getString(3), rows.getString(4), toDate(rows.getDate(5)))));
        return naming;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Collection<Key> keys, RowReader reader) {
        if (keys.isEmpty()) {
            return;
        }
        // distinct keys: a key named by many lines is looked up once
        List<Key> distinct = keys.stream().distinct().toList();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, array(connection, distinct.stream().map(Key::agency).toArray()));
                statement.setArray(2, array(connection, distinct.stream().map(Key::caseNumber).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    private static Array array(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }

    private static LocalDate toDate(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
