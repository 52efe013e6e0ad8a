package cn.gov.opendata.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowedMethodsTest {

    @Test
    void templatesMatchOneSegmentPerVariableOrTheVariablesOwnExpression() {
        assertTrue(AllowedMethods.pattern("/api/v1/requests/{id}").matcher("/api/v1/requests/42").matches());
        assertTrue(AllowedMethods.pattern("api/v1/requests/{id}/").matcher("/api/v1/requests/42/").matches());
        assertFalse(AllowedMethods.pattern("/api/v1/requests/{id}").matcher("/api/v1/requests/42/events").matches());
        assertTrue(AllowedMethods.pattern("/api/v1/statistics/{year: \\d{4}}").matcher("/api/v1/statistics/2023").matches());
        assertFalse(AllowedMethods.pattern("/api/v1/statistics/{year: \\d{4}}").matcher("/api/v1/statistics/23").matches());
        // literal parts are literal, not expressions
        assertFalse(AllowedMethods.pattern("/q.v1/{id}").matcher("/qxv1/1").matches());
    }

    @Test
    void theMethodsOfEveryMatchingRouteWithHeadForGetAndOptions() {
        List<AllowedMethods.Route> routes = List.of(
                new AllowedMethods.Route(AllowedMethods.pattern("/api/v1/requests"), "POST"),
                new AllowedMethods.Route(AllowedMethods.pattern("/api/v1/requests"), "GET"),
                new AllowedMethods.Route(AllowedMethods.pattern("/api/v1/requests/{id}"), "GET"),
                new AllowedMethods.Route(AllowedMethods.pattern("/api/v1/requests/{id}/void"), "POST"));
        assertEquals(Optional.of("GET, HEAD, OPTIONS, POST"), AllowedMethods.of("/api/v1/requests", routes));
        assertEquals(Optional.of("OPTIONS, POST"), AllowedMethods.of("/api/v1/requests/7/void", routes));
        assertEquals(Optional.empty(), AllowedMethods.of("/api/v1/nothing", routes));
    }
}
