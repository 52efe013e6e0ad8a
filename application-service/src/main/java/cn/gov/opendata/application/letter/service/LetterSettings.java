package cn.gov.opendata.application.letter.service;

import cn.gov.opendata.application.letter.DocumentNumbers;
import cn.gov.opendata.application.letter.LetterSetting;
import cn.gov.opendata.application.letter.rest.LetterSettingBody;
import cn.gov.opendata.application.letter.rest.LetterSettingView;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.storage.WriteLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Each agency's letterhead: read by anyone who reads its records, set by its clerks or an admin. */
@ApplicationScoped
@Transactional
public class LetterSettings {

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public LetterSettingView get(String agency) {
        access.requireRead(agency);
        return view(agency);
    }

    /** The letterhead letters use; the defaults where the agency has set none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LetterSettingView view(String agency) {
        LetterSetting s = LetterSetting.findById(agency);
        return s == null ? new LetterSettingView(agency, agency, DocumentNumbers.DEFAULT_PATTERN, false)
                : new LetterSettingView(agency, s.agencyName, s.numberPattern, true);
    }

    public LetterSettingView put(String agency, LetterSettingBody body) {
        access.requireWrite(agency);
        DocumentNumbers.problem(body.numberPattern()).ifPresent(p -> {
            throw ApiException.badRequest("numberPattern", p);
        });
        // identical PUTs at once: the second waits, then finds the first's setting
        WriteLock.hold(LetterSetting.getEntityManager(), "letter-setting:" + agency);
        LetterSetting s = LetterSetting.findById(agency);
        if (s == null) {
            s = new LetterSetting();
            s.agency = agency;
        }
        s.agencyName = body.agencyName().strip();
        s.numberPattern = body.numberPattern().strip();
        s.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.persist();
        audit.record(AuditAction.UPDATE, "letter-setting", agency, agency, "pattern " + s.numberPattern);
        return view(agency);
    }
}
