package cn.gov.opendata.disclosure.item.rest;

import cn.gov.opendata.platform.http.Revalidation;
import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.item.DisclosureItem;
import cn.gov.opendata.disclosure.item.service.CataloguePages;
import cn.gov.opendata.disclosure.item.service.DisclosureImporter;
import cn.gov.opendata.disclosure.item.service.DisclosureItemService;
import cn.gov.opendata.disclosure.item.service.ItemRules;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure items", description = "Proactively disclosed items (主动公开), keyed by agency and index number (索引号)")
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class DisclosureItemResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    DisclosureItemService items;

    @Inject
    DisclosureImporter importer;

    @Inject
    AgencyAccess access;

    @Inject
    CataloguePages pages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a disclosure item",
            description = "主动公开：登记一条主动公开的政府信息（标题、文号、类别、首次公开时间、公开渠道，规章和规范性文件另有印发和废止日期）。Its figures count in the statistics of the year of publishedAt (Asia/Shanghai). An existing agency + index number is 409; the answer's Location names the item. A clerk of the agency or an admin.")
    @APIResponse(responseCode = "201", description = "Created; Location names the item",
            content = @Content(schema = @Schema(implementation = DisclosureItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid item", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "An item with this agency and index number exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Valid @NotNull DisclosureItemBody body) {
        access.requireWrite(body.agency());
        DisclosureItem item = items.create(body);
        return Response.created(location(item)).entity(DisclosureItemView.of(item)).build();
    }

    @PUT
    @Path("{agency}/{indexNumber: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a disclosure item by its natural key",
            description = "Replacing needs the item's current version; a PUT without version of exactly what is stored (a retry) "
                    + "changes nothing and answers 200; without version and with other content it is 409. "
                    + "agency and indexNumber in the body may be omitted")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(schema = @Schema(implementation = DisclosureItemView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DisclosureItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid item or key", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Stale version, or other content without a version",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response put(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                        @PathParam("indexNumber") @Size(max = 100) @Pattern(regexp = ItemRules.INDEX_NUMBER_PATTERN, message = ItemRules.INDEX_NUMBER_MESSAGE) String indexNumber,
                        @Valid @NotNull DisclosureItemBody body) {
        access.requireWrite(agency);
        DisclosureItemService.Written written = items.put(agency, indexNumber, body);
        DisclosureItemView view = DisclosureItemView.of(written.item());
        return written.created() ? Response.created(location(written.item())).entity(view).build() : Response.ok(view).build();
    }

    @GET
    @Path("{agency}/{indexNumber: .+}")
    @PermitAll
    @Operation(summary = "Read a disclosure item (public, no token needed)",
            description = "主动公开：按机关代码和索引号查看一条主动公开信息。Public: no token needed; 404 when no such item.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = DisclosureItemView.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DisclosureItemView get(@PathParam("agency") String agency, @PathParam("indexNumber") String indexNumber) {
        return items.find(agency, indexNumber).map(DisclosureItemView::of)
                .orElseThrow(() -> ApiException.notFound("No item " + agency + "/" + indexNumber));
    }

    @DELETE
    @Path("{agency}/{indexNumber: .+}")
    @Operation(summary = "Delete a disclosure item", description = "Its figures are removed from the statistics at once")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void delete(@PathParam("agency") String agency, @PathParam("indexNumber") String indexNumber) {
        access.requireWrite(agency);
        items.delete(agency, indexNumber);
    }

    @GET
    @PermitAll
    @Operation(summary = "List disclosure items (public, no token needed)",
            description = "Filters are exact: agency + year + channel (or category) lists precisely the items counted in that statistics cell")
    @APIResponse(responseCode = "200", description = "One page of items, ordered by agency and index number; with an ETag and Last-Modified",
            content = @Content(schema = @Schema(implementation = ItemPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the page the client holds (If-None-Match, If-Modified-Since)")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "agency code; repeat for several (any of them)") @QueryParam("agency") List<String> agency,
                         @Parameter(description = "report year: calendar year of publishedAt in Asia/Shanghai")
                         @QueryParam("year") @Min(value = Years.FIRST, message = Years.MESSAGE) @Max(value = Years.LAST, message = Years.MESSAGE) Integer year,
                         @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String category,
                         @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
                         @Parameter(description = "text contained in the title, case-insensitive") @QueryParam("q") @Size(max = 200) String q,
                         @Parameter(description = "normative acts issued in this year (by issuedOn)") @QueryParam("issuedYear") String issuedYear,
                         @Parameter(description = "normative acts repealed in this year (by repealedOn)") @QueryParam("repealedYear") String repealedYear,
                         @Parameter(description = "normative acts in force on 31 December of this year") @QueryParam("inForceAtEndOf") String inForceAtEndOf,
                         @Parameter(description = "items published in this year or before") @QueryParam("publishedBy") String publishedBy,
                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
                         @Context Request request) {
        DisclosureItemService.Filter filter = new DisclosureItemService.Filter(QueryParams.agencies("agency", agency), year,
                parse(Category.class, "category", category), parse(Channel.class, "channel", channel), q,
                QueryParams.year("issuedYear", issuedYear), QueryParams.year("repealedYear", repealedYear),
                QueryParams.year("inForceAtEndOf", inForceAtEndOf), QueryParams.year("publishedBy", publishedBy));
        String asked = new CatalogueQuery(filter, page, size).toString();
        CataloguePages.Generation generation = pages.generation();
        Date lastModified = Date.from(generation.changedAt().truncatedTo(ChronoUnit.SECONDS));
        EntityTag tag = CataloguePages.etag(generation, asked);
        Response.ResponseBuilder notModified = Revalidation.notModified(request, tag, lastModified);
        if (notModified != null) {
            return cacheable(notModified, tag, lastModified);
        }
        CataloguePages.Answer answer = pages.answer(generation, asked, () -> {
            PanacheQuery<DisclosureItem> query = items.list(filter, page, size);
            return new ItemPage(query.list().stream().map(DisclosureItemView::of).toList(), page, size, query.count());
        });
        return cacheable(Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE), answer.etag(), lastModified);
    }

    /** What names one catalogue page; its text makes the page's entity tag. */
    record CatalogueQuery(DisclosureItemService.Filter filter, int page, int size) {
    }

    // no-cache: browsers and proxies may keep a page but must revalidate it, as any item may change at any time
    private static Response cacheable(Response.ResponseBuilder answer, EntityTag tag, Date lastModified) {
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        revalidate.setNoTransform(false);
        return answer.tag(tag).lastModified(lastModified).cacheControl(revalidate).build();
    }

    @POST
    @Path("import")
    @Consumes(NDJSON)
    @Operation(summary = "Import disclosure items (NDJSON, all-or-nothing, idempotent upsert)",
            description = "One item per line with agency and indexNumber (version is ignored). Every line is validated; if any is "
                    + "bad nothing is written and every bad line is listed as 'line <n>: <field>'. Streams; batches of millions of lines are fine.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = DisclosureItemBody.class),
            example = "[{\"agency\":\"zk-fugou\",\"indexNumber\":\"zk-fugou/2018-00001\",\"title\":\"扶沟县2018年财政预算\",\"category\":\"FINANCE\",\"publishedAt\":\"2018-02-01T09:00:00+08:00\",\"channels\":[\"WEBSITE\"]},"
                    + "{\"agency\":\"zk-fugou\",\"indexNumber\":\"zk-fugou/2018-00002\",\"title\":\"扶沟县城市管理规定\",\"documentNumber\":\"扶政〔2018〕1号\",\"category\":\"NORMATIVE_DOCUMENT\",\"publishedAt\":\"2018-03-01T09:00:00+08:00\",\"channels\":[\"GAZETTE\",\"WEBSITE\"],\"issuedOn\":\"2018-02-26\"}]"))
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Bad lines; nothing imported", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ImportResult importItems(InputStream body) {
        return importer.importLines(body);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static URI location(DisclosureItem item) {
        StringBuilder path = new StringBuilder("/api/v1/disclosures/").append(item.agency);
        for (String segment : item.indexNumber.split("/")) {
            path.append('/').append(encodeSegment(segment));
        }
        return URI.create(path.toString());
    }

    /** Percent-encodes a path segment (RFC 3986), keeping the characters a segment may hold as they are. */
    static String encodeSegment(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,=:@".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
