package bench.yardstick;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GET /api/villains/{id}, blocking, as the workshop writes it: no security, no validation, the entity as JSON. */
@Path("/api/villains")
@Produces(MediaType.APPLICATION_JSON)
public class VillainResource {

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response get(@PathParam("id") long id) {
        return Villain.<Villain>findByIdOptional(id)
                .map(v -> Response.ok(v).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
