package cn.gov.opendata.appeals.lawsuit.service;

import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.appeals.common.rest.RequestRef;
import cn.gov.opendata.appeals.common.service.RecordStore;
import cn.gov.opendata.appeals.lawsuit.Lawsuit;
import cn.gov.opendata.appeals.lawsuit.LawsuitAppeal;
import cn.gov.opendata.appeals.lawsuit.rest.AppealBody;
import cn.gov.opendata.appeals.lawsuit.rest.CaseRef;
import cn.gov.opendata.appeals.lawsuit.rest.LawsuitBody;
import cn.gov.opendata.appeals.link.ReconsiderationLinks;
import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.outcome.LawsuitAfterReconsideration;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.Objects;

/** Maps lawsuits between wire and entity, and finds them by natural key. */
@ApplicationScoped
public class LawsuitStore implements RecordStore<LawsuitBody, Lawsuit> {

    private final ReconsiderationLinks links;

    public LawsuitStore(ReconsiderationLinks links) {
        this.links = links;
    }

    @Override
    public String recordType() {
        return "lawsuit";
    }

    @Override
    public String describe(String agency, String number) {
        return "Lawsuit " + number + " of " + agency;
    }

    @Override
    public String numberField() {
        return "caseNumber";
    }

    @Override
    public Optional<Lawsuit> findByKey(String agency, String number) {
        return Lawsuit.findByKey(agency, number);
    }

    @Override
    public LawsuitBody withKey(LawsuitBody body, String agency, String number) {
        return body.withKey(agency, number);
    }

    @Override
    public Long versionOf(LawsuitBody body) {
        return body.version();
    }

    @Override
    public long versionOfEntity(Lawsuit entity) {
        return entity.version;
    }

    @Override
    public List<Violation> rules(LawsuitBody body) {
        return rules(body, named -> links.reconsideration(named.agency(), named.caseNumber()).orElse(null));
    }

    @Override
    public Function<LawsuitBody, List<Violation>> rulesFor(List<LawsuitBody> batch) {
        Map<ReconsiderationLinks.Key, LawsuitAfterReconsideration.Named> found = links.reconsiderations(batch.stream()
                .map(LawsuitStore::namedReconsideration).filter(Objects::nonNull)
                .map(named -> new ReconsiderationLinks.Key(named.agency(), named.caseNumber())).toList());
        return body -> rules(body, named -> found.get(new ReconsiderationLinks.Key(named.agency(), named.caseNumber())));
    }

    private static List<Violation> rules(LawsuitBody body, Function<CaseRef, LawsuitAfterReconsideration.Named> lookup) {
        List<Violation> violations = new ArrayList<>(LawsuitRules.check(body));
        CaseRef named = namedReconsideration(body);
        if (named != null) {
            violations.addAll(LawsuitAfterReconsideration.check(body.filedOn(), named.agency(), named.caseNumber(),
                    lookup.apply(named)));
        }
        return violations;
    }

    /** The reconsideration a suit after reconsideration names, when it names one completely; else null. */
    private static CaseRef namedReconsideration(LawsuitBody body) {
        CaseRef named = body.reconsideration();
        return named != null && body.route() == Route.AFTER_RECONSIDERATION && named.agency() != null
                && named.caseNumber() != null ? named : null;
    }

    @Override
    public String agencyOf(LawsuitBody body) {
        return body.agency();
    }

    @Override
    public String numberOf(LawsuitBody body) {
        return body.caseNumber();
    }

    @Override
    public String agencyOfEntity(Lawsuit entity) {
        return entity.agency;
    }

    @Override
    public String numberOfEntity(Lawsuit entity) {
        return entity.caseNumber;
    }

    @Override
    public List<Lawsuit> findAll(Collection<String> agencies, Collection<String> numbers) {
        // Fetch the appeals along: comparing every line with its record reads them all.
        return Lawsuit.<Lawsuit>list("select distinct e from Lawsuit e left join fetch e.appeals where e.agency in ?1 and e.caseNumber in ?2",
                agencies, numbers);
    }

    @Override
    public Lawsuit create(LawsuitBody body) {
        Lawsuit entity = new Lawsuit();
        entity.agency = body.agency();
        entity.caseNumber = body.caseNumber();
        apply(entity, body);
        entity.persist();
        return entity;
    }

    @Override
    public boolean sameAs(Lawsuit e, LawsuitBody body) {
        RequestRef request = body.request();
        CaseRef reconsideration = body.reconsideration();
        return Objects.equals(e.filedOn, body.filedOn())
                && e.route == body.route()
                && Objects.equals(e.reconsiderationAgency, reconsideration == null ? null : reconsideration.agency())
                && Objects.equals(e.reconsiderationCaseNumber, reconsideration == null ? null : reconsideration.caseNumber())
                && Objects.equals(e.court, body.court())
                && Objects.equals(e.requestAgency, request == null ? null : request.agency())
                && Objects.equals(e.requestTrackingNumber, request == null ? null : request.trackingNumber())
                && e.result == body.result()
                && e.resultKind == body.resultKind()
                && Objects.equals(e.decidedOn, body.decidedOn())
                && appealsOf(e).equals(sorted(body.appealsOrEmpty()));
    }

    @Override
    public void apply(Lawsuit e, LawsuitBody body) {
        RequestRef request = body.request();
        CaseRef reconsideration = body.reconsideration();
        e.filedOn = body.filedOn();
        e.route = body.route();
        e.reconsiderationAgency = reconsideration == null ? null : reconsideration.agency();
        e.reconsiderationCaseNumber = reconsideration == null ? null : reconsideration.caseNumber();
        e.court = body.court();
        e.requestAgency = request == null ? null : request.agency();
        e.requestTrackingNumber = request == null ? null : request.trackingNumber();
        e.result = body.result();
        e.resultKind = body.resultKind();
        e.decidedOn = body.decidedOn();
        // Only touch the collection when it changes: rewriting it would bump the version for nothing.
        List<AppealBody> appeals = sorted(body.appealsOrEmpty());
        if (!appealsOf(e).equals(appeals)) {
            e.appeals.clear();
            appeals.stream().map(LawsuitStore::toEntity).forEach(e.appeals::add);
        }
    }

    @Override
    public LawsuitBody toBody(Lawsuit e) {
        RequestRef request = e.requestAgency == null ? null : new RequestRef(e.requestAgency, e.requestTrackingNumber);
        CaseRef reconsideration = e.reconsiderationCaseNumber == null ? null : new CaseRef(e.reconsiderationAgency, e.reconsiderationCaseNumber);
        return new LawsuitBody(e.agency, e.caseNumber, e.filedOn, e.route, reconsideration, e.court, request,
                e.result, e.resultKind, e.decidedOn, appealsOf(e), e.version);
    }

    private static List<AppealBody> appealsOf(Lawsuit e) {
        return e.appeals.stream().map(a -> new AppealBody(a.instance, a.court, a.decidedOn, a.result))
                .sorted(Comparator.comparing(AppealBody::instance)).toList();
    }

    private static List<AppealBody> sorted(List<AppealBody> appeals) {
        return appeals.stream().sorted(Comparator.comparing(AppealBody::instance)).toList();
    }

    private static LawsuitAppeal toEntity(AppealBody body) {
        LawsuitAppeal appeal = new LawsuitAppeal();
        appeal.instance = body.instance();
        appeal.court = body.court();
        appeal.decidedOn = body.decidedOn();
        appeal.result = body.result();
        return appeal;
    }

    @Override
    public List<String> tables() {
        return List.of("lawsuit", "lawsuit_appeal");
    }
}
