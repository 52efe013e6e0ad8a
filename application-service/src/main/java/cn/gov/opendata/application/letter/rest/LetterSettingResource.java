package cn.gov.opendata.application.letter.rest;

import cn.gov.opendata.application.letter.service.LetterSettings;
import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/letter-settings/{agency}")
@Tag(name = "Letters")
@Produces(MediaType.APPLICATION_JSON)
public class LetterSettingResource {

    @Inject
    LetterSettings settings;

    @GET
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The agency's name on letters and its document-number pattern (defaults when not set)")
    @APIResponse(responseCode = "200", description = "The letterhead")
    public LetterSettingView get(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency) {
        return settings.get(agency);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Set the agency's name on letters and its document-number pattern, e.g. 周政依申〔{year}〕{seq:3}号")
    @APIResponse(responseCode = "200", description = "Set")
    @APIResponse(responseCode = "400", description = "Invalid name or pattern")
    public LetterSettingView put(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                                 @Valid @NotNull LetterSettingBody body) {
        return settings.put(agency, body);
    }
}
