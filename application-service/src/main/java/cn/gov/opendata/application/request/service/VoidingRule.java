package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.RequestEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a registration may be voided as a mistake (a duplicate entry, a request for another agency keyed in here):
 * only while nothing has gone out to the applicant. Once a reply was made (2019 条例第三十六条) or the request was
 * concluded otherwise (withdrawn, deemed abandoned), or any letter was issued, the applicant holds a decision of the
 * agency that the annual report must account for: a wrong reply is corrected, not voided.
 */
public final class VoidingRule {

    /** A letter already issued for the request: its document number and date. */
    public record IssuedLetter(String documentNumber, LocalDate issuedOn) {
    }

    private VoidingRule() {
    }

    /** Why the request with this history and these letters may not be voided, in words for the clerk; empty if it may. */
    public static Optional<String> refusal(List<RequestEvent> history, List<IssuedLetter> letters) {
        for (RequestEvent e : history) {
            if (e.type == EventType.REPLIED) {
                return Optional.of("该申请已于" + e.on + "作出答复（" + e.outcome + "），答复已发出并计入年度报告，不能作为误登记作废；"
                        + "答复有误的，应依法更正答复");
            }
            if (e.type == EventType.ABANDONED || e.type == EventType.WITHDRAWN) {
                LocalDate concluded = e.concludedOn != null ? e.concludedOn : e.on;
                return Optional.of("该申请已于" + concluded + "办结（" + (e.type == EventType.WITHDRAWN ? "申请人撤回" : "视为放弃")
                        + "），已计入年度报告，不能作为误登记作废");
            }
        }
        if (!letters.isEmpty()) {
            IssuedLetter first = letters.get(0);
            return Optional.of("该申请已出具文书" + letters.size() + "份（如" + first.documentNumber() + "，" + first.issuedOn()
                    + "），文书已发出，不能作为误登记作废");
        }
        return Optional.empty();
    }
}
