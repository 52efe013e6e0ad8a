package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.request.rest.RequestKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which request keys another service names that no counted request answers to: none on record, or a registration
 * voided as a mistake (it counts nowhere, RequestVoiding). One query for all keys, on the natural-key index.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnownRequests {

    private static final String UNKNOWN = "SELECT k.agency, k.tracking_number"
            + " FROM unnest(?::varchar[], ?::varchar[]) AS k(agency, tracking_number)"
            + " WHERE NOT EXISTS (SELECT 1 FROM information_request r WHERE r.agency = k.agency"
            + " AND r.tracking_number = k.tracking_number AND r.voided_on IS NULL)";

    private final EntityManager em;

    public KnownRequests(EntityManager em) {
        this.em = em;
    }

    /** The keys without a counted request, each once, in the order first asked. */
    public List<RequestKey> unknown(List<RequestKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<List<String>> missing = new HashSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(UNKNOWN)) {
                Array agencies = connection.createArrayOf("varchar", keys.stream().map(RequestKey::agency).toArray());
                Array numbers = connection.createArrayOf("varchar", keys.stream().map(RequestKey::trackingNumber).toArray());
                query.setArray(1, agencies);
                query.setArray(2, numbers);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        missing.add(List.of(rows.getString(1), rows.getString(2)));
                    }
                }
            }
        });
        List<RequestKey> answer = new ArrayList<>();
        Set<List<String>> listed = new HashSet<>();
        for (RequestKey key : keys) {
            List<String> pair = List.of(key.agency(), key.trackingNumber());
            if (missing.contains(pair) && listed.add(pair)) {
                answer.add(key);
            }
        }
        return answer;
    }
}
