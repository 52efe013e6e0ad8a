package cn.gov.opendata.appeals.complaint.service;

import cn.gov.opendata.appeals.outcome.OutcomeRules;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.appeals.common.service.RecordStore;
import cn.gov.opendata.appeals.complaint.Complaint;
import cn.gov.opendata.appeals.complaint.rest.ComplaintBody;
import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.opendata.platform.storage.StagedUpsert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/** Maps complaints between wire and entity, and finds them by natural key. */
@ApplicationScoped
public class ComplaintStore implements RecordStore<ComplaintBody, Complaint> {

    @Override
    public String recordType() {
        return "complaint";
    }

    @Override
    public String describe(String agency, String number) {
        return "Complaint " + number + " of " + agency;
    }

    @Override
    public String numberField() {
        return "referenceNumber";
    }

    @Override
    public Optional<Complaint> findByKey(String agency, String number) {
        return Complaint.findByKey(agency, number);
    }

    @Override
    public ComplaintBody withKey(ComplaintBody body, String agency, String number) {
        return body.withKey(agency, number);
    }

    @Override
    public Long versionOf(ComplaintBody body) {
        return body.version();
    }

    @Override
    public long versionOfEntity(Complaint entity) {
        return entity.version;
    }

    @Override
    public List<Violation> rules(ComplaintBody body) {
        List<Violation> violations = new ArrayList<>();
        OutcomeRules.checkDate("receivedOn", body.receivedOn(), violations);
        return violations;
    }

    @Override
    public String agencyOf(ComplaintBody body) {
        return body.agency();
    }

    @Override
    public String numberOf(ComplaintBody body) {
        return body.referenceNumber();
    }

    @Override
    public String agencyOfEntity(Complaint entity) {
        return entity.agency;
    }

    @Override
    public String numberOfEntity(Complaint entity) {
        return entity.referenceNumber;
    }

    @Override
    public List<Complaint> findAll(Collection<String> agencies, Collection<String> numbers) {
        return Complaint.list("agency in ?1 and referenceNumber in ?2", agencies, numbers);
    }

    @Override
    public Complaint create(ComplaintBody body) {
        Complaint entity = new Complaint();
        entity.agency = body.agency();
        entity.referenceNumber = body.referenceNumber();
        apply(entity, body);
        entity.persist();
        return entity;
    }

    @Override
    public boolean sameAs(Complaint e, ComplaintBody body) {
        return Objects.equals(e.receivedOn, body.receivedOn())
                && Objects.equals(e.subject, body.subject())
                && Objects.equals(e.result, body.result());
    }

    @Override
    public void apply(Complaint e, ComplaintBody body) {
        e.receivedOn = body.receivedOn();
        e.subject = body.subject();
        e.result = body.result();
    }

    @Override
    public ComplaintBody toBody(Complaint e) {
        return new ComplaintBody(e.agency, e.referenceNumber, e.receivedOn, e.subject, e.result, e.version);
    }

    private static final StagedUpsert.Table<ComplaintBody> TABLE = new StagedUpsert.Table<>("complaint", "complaint_seq",
            List.of("agency", "reference_number"), List.of("received_on", "subject", "result"),
            b -> Arrays.<Object>asList(b.agency(), b.referenceNumber(), b.receivedOn(), b.subject(), b.result()));

    @Override
    public Optional<StagedUpsert.Table<ComplaintBody>> staged() {
        return Optional.of(TABLE);
    }

    @Override
    public List<String> tables() {
        return List.of("complaint");
    }
}
