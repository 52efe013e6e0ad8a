package cn.gov.opendata.platform.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestGuardTest {

    @Test
    void ordinaryPathsPass() {
        assertNull(RequestGuard.pathFault("/api/v1/requests/by-key/zk-fugou/YSQ-2018-001"));
        assertNull(RequestGuard.pathFault("/api/v1/narratives/zk-gov/2018/%E6%A6%82%E8%BF%B0"));
        assertNull(RequestGuard.pathFault("/dashboard.js"));
    }

    @Test
    void pathsTheFrameworkWouldRewriteAreRefused() {
        for (String path : new String[]{"/api/v1/agencies/a;b", "/api/v1/agencies/a/../b", "/api/v1/agencies/a%2F..%2Fb",
                "/api/v1/agencies/%2e%2e", "/api/v1/agencies/a%5Cb", "/api/v1/agencies/a%3Bb", "/api/v1/agencies/."}) {
            assertNotNull(RequestGuard.pathFault(path), path);
        }
    }

    @Test
    void pathsADatabaseCannotHoldAreRefused() {
        for (String path : new String[]{"/api/v1/agencies/a%00b", "/api/v1/agencies/%ED%A0%80", "/api/v1/agencies/%C3%28",
                "/api/v1/agencies/%zz", "/api/v1/agencies/%4", "/api/v1/agencies/%07"}) {
            assertNotNull(RequestGuard.pathFault(path), path);
        }
    }

    @Test
    void queriesAreDecodedStrictly() {
        assertNull(RequestGuard.queryFault("agency=zk-gov&q=%E5%91%A8%E5%8F%A3+%E5%B8%82"));
        assertNotNull(RequestGuard.queryFault("q=a%00b"));
        assertNotNull(RequestGuard.queryFault("q=%ED%A0%80"));
        assertNotNull(RequestGuard.queryFault("q=%zz"));
        assertEquals("must not contain NUL characters", RequestGuard.queryFault("q=%00"));
    }
}
