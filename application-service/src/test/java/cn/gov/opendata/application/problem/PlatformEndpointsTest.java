package cn.gov.opendata.application.problem;

import cn.gov.opendata.platform.testing.PlatformEndpointsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String apiTitle() {
        return "application-service API";
    }

    @Override
    protected String jsonPostTarget() {
        return "/api/v1/requests";
    }
}
