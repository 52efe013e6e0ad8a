package cn.gov.opendata.application.deadline.rest;

import cn.gov.opendata.application.deadline.Deadline;
import cn.gov.opendata.application.deadline.service.DeadlineService;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/requests/{id}/deadline")
@Tag(name = "Deadlines", description = "Reply deadlines in working days, derived from each request's history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestDeadlineResource {

    @Inject
    DeadlineService deadlines;

    @GET
    @Operation(summary = "Explain a request's due date: each event that set, moved or paused the clock, by how many working days, under which article",
            description = "答复期限说明：一件申请的到期日如何得出——每个设定、推迟或暂停期限的事件，影响了多少个工作日，依据哪一条。As of asOf (default today, Asia/Shanghai).")
    @APIResponse(responseCode = "200", description = "The deadline as of asOf (default today, Asia/Shanghai)")
    @APIResponse(responseCode = "400", description = "Bad asOf")
    @APIResponse(responseCode = "404", description = "No such request")
    public Deadline explain(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        return deadlines.deadline(id, DeadlineResource.asOf(asOf)).orElseThrow(() -> ApiException.notFound("No request " + id));
    }
}
