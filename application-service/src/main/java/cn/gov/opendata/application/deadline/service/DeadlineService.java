package cn.gov.opendata.application.deadline.service;

import cn.gov.opendata.application.deadline.Deadline;
import cn.gov.opendata.application.deadline.DeadlineCalculator;
import cn.gov.opendata.application.deadline.rest.DeadlineItem;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.application.request.service.RequestViews;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.AgencyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deadlines as of a day, derived from the histories. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineService {

    @Inject
    RequestViews views;

    @Inject
    AgencyAccess access;

    public Optional<Deadline> deadline(long id, LocalDate asOf) {
        InformationRequest r = InformationRequest.findById(id);
        if (r == null || !access.mayRead(r.agency)) {
            return Optional.empty();
        }
        return Optional.of(views.deadline(views.calculator(), views.history(id), asOf));
    }

    public Page<DeadlineItem> upcoming(AgencyScope scope, int within, LocalDate asOf, int page, int size) {
        List<InformationRequest> open = scope.all()
                ? InformationRequest.list("status <> ?1 and receivedOn is not null", RequestStatus.CONCLUDED)
                : scope.agencies().isEmpty() ? List.of()
                : InformationRequest.list("agency in ?1 and status <> ?2 and receivedOn is not null", scope.agencies(), RequestStatus.CONCLUDED);
        DeadlineCalculator calculator = views.calculator();
        Map<Long, List<RequestEvent>> histories = views.histories(open.stream().map(r -> r.id).toList());
        List<DeadlineItem> due = new ArrayList<>();
        for (InformationRequest r : open) {
            Deadline d = views.deadline(calculator, histories.getOrDefault(r.id, List.of()), asOf);
            if (d.dueOn() == null || d.workingDaysLeft() == null) {
                continue;
            }
            if (d.overdue() || d.workingDaysLeft() <= within) {
                due.add(new DeadlineItem(r.id, r.agency, r.trackingNumber, r.status, r.receivedOn, d.dueOn(),
                        d.workingDaysLeft(), d.overdue(), d.extended()));
            }
        }
        due.sort(Comparator.comparing(DeadlineItem::dueOn).thenComparing(DeadlineItem::id));
        int from = (int) Math.min(due.size(), (long) page * size);
        int to = Math.min(due.size(), from + size);
        return new Page<>(due.subList(from, to), page, size, due.size());
    }
}
