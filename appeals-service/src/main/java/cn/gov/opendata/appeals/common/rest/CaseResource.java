package cn.gov.opendata.appeals.common.rest;

import cn.gov.opendata.appeals.common.service.CaseService;
import cn.gov.opendata.appeals.common.service.RecordStore;
import cn.gov.opendata.appeals.common.service.Saved;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.net.URI;

/**
 * What the three case resources do alike behind their own documented endpoints: access checks, 201 with Location,
 * 200 on replace, 404 naming the case. Each kind's resource keeps its paths, parameters and OpenAPI text (they are the
 * API's documentation) and its list filters, and delegates here. Not a JAX-RS resource itself: generic resource
 * methods would lose the body types that JSON binding and OpenAPI need.
 */
public abstract class CaseResource<B> {

    private final CaseService<B, ?> service;
    private final RecordStore<B, ?> store;
    protected final AgencyAccess access;
    /** The annotated resource class: its {@code @Path} makes the Location (a CDI subclass would not carry it). */
    private final Class<?> resource;

    protected CaseResource(CaseService<B, ?> service, RecordStore<B, ?> store, AgencyAccess access, Class<?> resource) {
        this.service = service;
        this.store = store;
        this.access = access;
        this.resource = resource;
    }

    protected Response createCase(B body, UriInfo uri) {
        access.requireWrite(store.agencyOf(body));
        B created = service.create(body);
        return Response.created(location(uri, created)).entity(created).build();
    }

    protected ImportSummary importCases(InputStream body) {
        return service.importLines(body);
    }

    protected B getCase(String agency, String number) {
        access.requireRead(agency);
        return service.get(agency, number).orElseThrow(() -> ApiException.notFound("No " + store.describe(agency, number)));
    }

    protected Response putCase(String agency, String number, B body, UriInfo uri) {
        access.requireWrite(agency);
        Saved<B> saved = service.put(agency, number, body);
        return saved.created()
                ? Response.created(location(uri, saved.body())).entity(saved.body()).build()
                : Response.ok(saved.body()).build();
    }

    protected void deleteCase(String agency, String number) {
        access.requireWrite(agency);
        service.delete(agency, number);
    }

    private URI location(UriInfo uri, B body) {
        return uri.getBaseUriBuilder().path(resource).path("{agency}/{number}").build(store.agencyOf(body), store.numberOf(body));
    }
}
