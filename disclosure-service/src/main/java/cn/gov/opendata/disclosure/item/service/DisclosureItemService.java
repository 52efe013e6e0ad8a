package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.item.DisclosureItem;
import cn.gov.opendata.disclosure.item.ItemFacts;
import cn.gov.opendata.disclosure.item.rest.DisclosureItemBody;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.storage.Like;
import cn.gov.opendata.platform.storage.RetryOnDuplicateKey;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates, replaces and deletes items, keeping their yearly figures in step in the same transaction. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class DisclosureItemService {

    private static final String RECORD = "disclosure";

    /** What a PUT did. */
    public record Written(DisclosureItem item, boolean created) {
    }

    /** The list filters; null means "any". */
    /**
     * {@code agencies}: any of them (none = every agency). The act filters select normative acts by their legal dates
     * as the statistics count them: issued in a year, repealed in a year, in force at the end of a year (issued by
     * then and not repealed by then), and published by the end of a year (the trial format's 对外公开总数量).
     */
    public record Filter(List<String> agencies, Integer year, Category category, Channel channel, String text,
                         Integer issuedYear, Integer repealedYear, Integer inForceAtEndOf, Integer publishedBy) {

        public Filter(String agency, Integer year, Category category, Channel channel, String text) {
            this(agency == null ? List.of() : List.of(agency), year, category, channel, text, null, null, null, null);
        }
    }

    @Inject
    ItemFigures figures;

    @Inject
    AuditLog audit;

    public DisclosureItem create(DisclosureItemBody body) {
        List<Violation> violations = new ArrayList<>(ItemRules.checkKeyPresent(body));
        violations.addAll(ItemRules.check(body));
        rejectIf(violations);
        if (DisclosureItem.find(body.agency(), body.indexNumber()).isPresent()) {
            throw ApiException.conflict("Item " + body.agency() + "/" + body.indexNumber() + " already exists");
        }
        DisclosureItem item = insert(body.agency(), body.indexNumber(), body);
        audit.record(AuditAction.CREATE, RECORD, item.agency, item.indexNumber, null);
        return item;
    }

    public Written put(String agency, String indexNumber, DisclosureItemBody body) {
        List<Violation> violations = new ArrayList<>();
        if (body.agency() != null && !body.agency().equals(agency)) {
            violations.add(new Violation("agency", "must match the path (" + agency + ")"));
        }
        if (body.indexNumber() != null && !body.indexNumber().equals(indexNumber)) {
            violations.add(new Violation("indexNumber", "must match the path (" + indexNumber + ")"));
        }
        violations.addAll(ItemRules.check(body));
        rejectIf(violations);
        Optional<DisclosureItem> existing = DisclosureItem.find(agency, indexNumber);
        if (existing.isEmpty()) {
            Written written = new Written(insert(agency, indexNumber, body), true);
            audit.record(AuditAction.CREATE, RECORD, agency, indexNumber, null);
            return written;
        }
        DisclosureItem item = existing.get();
        if (body.version() == null) {
            if (holdsAlready(item, body)) {
                // a client re-sending what is stored (a retry, or twenty identical PUTs at once, of which one created
                // the item) changes nothing and needs no version
                return new Written(item, false);
            }
            // the item exists with other content (another writer created it first, or the caller never read it):
            // replacing it blindly would overwrite that writer, so it is a conflict until the caller sends a version
            throw ApiException.conflict("Item " + agency + "/" + indexNumber + " exists (version " + item.version
                    + ") with other content; send the version you read to replace it");
        }
        if (body.version() != item.version) {
            throw ApiException.conflict("Item " + agency + "/" + indexNumber + " is at version " + item.version
                    + ", not " + body.version() + "; reload it and retry");
        }
        ItemFacts before = ItemFacts.of(item);
        copy(body, item);
        DisclosureItem.flush();
        ItemFacts after = ItemFacts.of(item);
        if (!before.equals(after)) {
            figures.remove(before);
            figures.add(after);
        }
        audit.record(AuditAction.UPDATE, RECORD, agency, indexNumber, "version " + item.version);
        return new Written(item, false);
    }

    public void delete(String agency, String indexNumber) {
        DisclosureItem item = DisclosureItem.find(agency, indexNumber)
                .orElseThrow(() -> ApiException.notFound("No item " + agency + "/" + indexNumber));
        ItemFacts facts = ItemFacts.of(item);
        // the item row first, the figures after: the same lock order as every other write and as an import
        item.delete();
        DisclosureItem.flush();
        figures.remove(facts);
        audit.record(AuditAction.DELETE, RECORD, agency, indexNumber, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DisclosureItem> find(String agency, String indexNumber) {
        return DisclosureItem.find(agency, indexNumber);
    }

    /** The list filters are exact, so that a statistics cell and its item list always agree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<DisclosureItem> list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.agencies().isEmpty()) {
            where.add("agency in :agencies");
            parameters.and("agencies", filter.agencies());
        }
        if (filter.issuedYear() != null) {
            where.add("issuedOn >= :issuedFrom and issuedOn <= :issuedTo");
            parameters.and("issuedFrom", LocalDate.of(filter.issuedYear(), 1, 1)).and("issuedTo", LocalDate.of(filter.issuedYear(), 12, 31));
        }
        if (filter.repealedYear() != null) {
            where.add("repealedOn >= :repealedFrom and repealedOn <= :repealedTo");
            parameters.and("repealedFrom", LocalDate.of(filter.repealedYear(), 1, 1))
                    .and("repealedTo", LocalDate.of(filter.repealedYear(), 12, 31));
        }
        if (filter.inForceAtEndOf() != null) {
            where.add("issuedOn <= :inForceEnd and (repealedOn is null or repealedOn > :inForceEnd)");
            parameters.and("inForceEnd", LocalDate.of(filter.inForceAtEndOf(), 12, 31));
        }
        if (filter.publishedBy() != null) {
            where.add("publishedYear <= :publishedBy");
            parameters.and("publishedBy", filter.publishedBy());
        }
        if (filter.year() != null) {
            where.add("publishedYear = :year");
            parameters.and("year", filter.year());
        }
        if (filter.category() != null) {
            where.add("category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.channel() != null) {
            where.add("channelMask in :masks");
            parameters.and("masks", filter.channel().masksContaining());
        }
        if (filter.text() != null && !filter.text().isEmpty()) {
            where.add("lower(title) like :text escape '\\'");
            parameters.and("text", Like.containing(filter.text()));
        }
        Sort sort = Sort.by("agency").and("indexNumber");
        PanacheQuery<DisclosureItem> query = where.isEmpty()
                ? DisclosureItem.findAll(sort)
                : DisclosureItem.find(String.join(" and ", where), sort, parameters);
        return query.page(Page.of(page, size));
    }

    private DisclosureItem insert(String agency, String indexNumber, DisclosureItemBody body) {
        DisclosureItem item = new DisclosureItem();
        item.agency = agency;
        item.indexNumber = indexNumber;
        copy(body, item);
        // a concurrent request may create the same key between our lookup and this insert: the duplicate key goes
        // up to @RetryOnDuplicateKey, whose fresh transaction then finds that item (POST: 409; PUT: same content 200)
        item.persist();
        DisclosureItem.flush();
        figures.add(ItemFacts.of(item));
        return item;
    }

    /** Whether the item already holds exactly what the body says (the version aside). */
    private static boolean holdsAlready(DisclosureItem item, DisclosureItemBody body) {
        DisclosureItem sent = new DisclosureItem();
        copy(body, sent);
        return Objects.equals(item.title, sent.title)
                && Objects.equals(item.documentNumber, sent.documentNumber)
                && item.category == sent.category
                && item.publishedAt.toInstant().equals(sent.publishedAt.toInstant())
                && item.channelMask == sent.channelMask
                && Objects.equals(item.url, sent.url)
                && Objects.equals(item.issuedOn, sent.issuedOn)
                && Objects.equals(item.repealedOn, sent.repealedOn);
    }

    private static void copy(DisclosureItemBody body, DisclosureItem item) {
        item.title = body.title();
        item.documentNumber = body.documentNumber();
        item.category = body.category();
        if (item.publishedAt == null || !item.publishedAt.toInstant().equals(body.publishedAt().toInstant())) {
            item.publishedAt(body.publishedAt());
        }
        item.channelMask = Channel.mask(body.channels());
        item.url = body.url();
        item.issuedOn = body.issuedOn();
        item.repealedOn = body.repealedOn();
    }

    private static void rejectIf(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid"), violations);
        }
    }

}
