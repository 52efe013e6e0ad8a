package cn.gov.opendata.appeals.reconsideration.service;

import cn.gov.opendata.appeals.link.ReconsiderationLinks;
import cn.gov.opendata.appeals.outcome.LawsuitAfterReconsideration;
import cn.gov.opendata.appeals.outcome.OutcomeRules;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.appeals.common.rest.RequestRef;
import cn.gov.opendata.appeals.common.service.RecordStore;
import cn.gov.opendata.appeals.reconsideration.Reconsideration;
import cn.gov.opendata.appeals.reconsideration.rest.ReconsiderationBody;
import cn.gov.opendata.platform.storage.StagedUpsert;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.Objects;

/** Maps reconsiderations between wire and entity, and finds them by natural key. */
@ApplicationScoped
public class ReconsiderationStore implements RecordStore<ReconsiderationBody, Reconsideration> {

    private final ReconsiderationLinks links;

    public ReconsiderationStore(ReconsiderationLinks links) {
        this.links = links;
    }

    @Override
    public String recordType() {
        return "reconsideration";
    }

    @Override
    public String describe(String agency, String number) {
        return "Reconsideration " + number + " of " + agency;
    }

    @Override
    public String numberField() {
        return "caseNumber";
    }

    @Override
    public Optional<Reconsideration> findByKey(String agency, String number) {
        return Reconsideration.findByKey(agency, number);
    }

    @Override
    public ReconsiderationBody withKey(ReconsiderationBody body, String agency, String number) {
        return new ReconsiderationBody(agency, number, body.filedOn(), body.request(), body.result(), body.resultKind(),
                body.decidedOn(), body.version());
    }

    @Override
    public Long versionOf(ReconsiderationBody body) {
        return body.version();
    }

    @Override
    public long versionOfEntity(Reconsideration entity) {
        return entity.version;
    }

    @Override
    public List<Violation> rules(ReconsiderationBody body) {
        return rules(body, key -> links.lawsuitsNaming(key.agency(), key.caseNumber()));
    }

    @Override
    public Function<ReconsiderationBody, List<Violation>> rulesFor(List<ReconsiderationBody> batch) {
        Map<ReconsiderationLinks.Key, List<ReconsiderationLinks.NamingLawsuit>> naming = links.lawsuitsNaming(batch.stream()
                .filter(ReconsiderationStore::dated).map(b -> new ReconsiderationLinks.Key(b.agency(), b.caseNumber())).toList());
        return body -> rules(body, key -> naming.getOrDefault(key, List.of()));
    }

    private static List<Violation> rules(ReconsiderationBody body,
                                         Function<ReconsiderationLinks.Key, List<ReconsiderationLinks.NamingLawsuit>> naming) {
        List<Violation> violations = new ArrayList<>(
                OutcomeRules.check(body.filedOn(), body.result(), body.resultKind(), body.decidedOn()));
        if (dated(body)) {
            // moving the filing date must not put it on or after that of a lawsuit that followed this reconsideration
            LawsuitAfterReconsideration.Named named =
                    new LawsuitAfterReconsideration.Named(body.agency(), body.caseNumber(), body.filedOn());
            for (ReconsiderationLinks.NamingLawsuit lawsuit : naming.apply(new ReconsiderationLinks.Key(body.agency(), body.caseNumber()))) {
                LawsuitAfterReconsideration.filedAfter(lawsuit.filedOn(), named).ifPresent(v -> violations.add(
                        new Violation("filedOn", "申请日期 " + body.filedOn() + " 不早于复议后起诉的行政诉讼案件（"
                                + lawsuit.agency() + "，" + lawsuit.caseNumber() + "）的起诉日期 " + lawsuit.filedOn()
                                + "：复议后起诉须在申请行政复议之后（" + LawsuitAfterReconsideration.ARTICLE + "）")));
            }
        }
        return violations;
    }

    /** Whether the body has a key and a filing date, so the suits naming it can be checked against it. */
    private static boolean dated(ReconsiderationBody body) {
        return body.agency() != null && body.caseNumber() != null && body.filedOn() != null;
    }

    @Override
    public String agencyOf(ReconsiderationBody body) {
        return body.agency();
    }

    @Override
    public String numberOf(ReconsiderationBody body) {
        return body.caseNumber();
    }

    @Override
    public String agencyOfEntity(Reconsideration entity) {
        return entity.agency;
    }

    @Override
    public String numberOfEntity(Reconsideration entity) {
        return entity.caseNumber;
    }

    @Override
    public List<Reconsideration> findAll(Collection<String> agencies, Collection<String> numbers) {
        return Reconsideration.list("agency in ?1 and caseNumber in ?2", agencies, numbers);
    }

    @Override
    public Reconsideration create(ReconsiderationBody body) {
        Reconsideration entity = new Reconsideration();
        entity.agency = body.agency();
        entity.caseNumber = body.caseNumber();
        apply(entity, body);
        entity.persist();
        return entity;
    }

    @Override
    public boolean sameAs(Reconsideration e, ReconsiderationBody body) {
        RequestRef request = body.request();
        return Objects.equals(e.filedOn, body.filedOn())
                && Objects.equals(e.requestAgency, request == null ? null : request.agency())
                && Objects.equals(e.requestTrackingNumber, request == null ? null : request.trackingNumber())
                && e.result == body.result()
                && e.resultKind == body.resultKind()
                && Objects.equals(e.decidedOn, body.decidedOn());
    }

    @Override
    public void apply(Reconsideration e, ReconsiderationBody body) {
        RequestRef request = body.request();
        e.filedOn = body.filedOn();
        e.requestAgency = request == null ? null : request.agency();
        e.requestTrackingNumber = request == null ? null : request.trackingNumber();
        e.result = body.result();
        e.resultKind = body.resultKind();
        e.decidedOn = body.decidedOn();
    }

    @Override
    public ReconsiderationBody toBody(Reconsideration e) {
        RequestRef request = e.requestAgency == null ? null : new RequestRef(e.requestAgency, e.requestTrackingNumber);
        return new ReconsiderationBody(e.agency, e.caseNumber, e.filedOn, request, e.result, e.resultKind, e.decidedOn, e.version);
    }

    private static final StagedUpsert.Table<ReconsiderationBody> TABLE = new StagedUpsert.Table<>("reconsideration",
            "reconsideration_seq", List.of("agency", "case_number"),
            List.of("filed_on", "request_agency", "request_tracking_number", "result", "result_kind", "decided_on"),
            b -> Arrays.<Object>asList(b.agency(), b.caseNumber(), b.filedOn(), b.request() == null ? null : b.request().agency(),
                    b.request() == null ? null : b.request().trackingNumber(), b.result(), b.resultKind(), b.decidedOn()));

    @Override
    public Optional<StagedUpsert.Table<ReconsiderationBody>> staged() {
        return Optional.of(TABLE);
    }

    @Override
    public Optional<String> refusalToDelete(Reconsideration entity) {
        List<ReconsiderationLinks.NamingLawsuit> naming = links.lawsuitsNaming(entity.agency, entity.caseNumber);
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        ReconsiderationLinks.NamingLawsuit first = naming.get(0);
        return Optional.of("行政复议案件（" + entity.agency + "，" + entity.caseNumber + "）被 " + naming.size()
                + " 件复议后起诉的行政诉讼案件引用（如 " + first.agency() + "，" + first.caseNumber()
                + "），不能删除：请先修改或删除这些诉讼案件");
    }

    @Override
    public List<String> tables() {
        return List.of("reconsideration");
    }
}
