package cn.gov.opendata.appeals.problem;

import cn.gov.opendata.platform.testing.PlatformEndpointsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String apiTitle() {
        return "appeals-service API";
    }

    @Override
    protected String jsonPostTarget() {
        return "/api/v1/reconsiderations";
    }
}
