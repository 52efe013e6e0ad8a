package cn.gov.opendata.report.problem;

import cn.gov.opendata.platform.testing.HostileInputSuite;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Set;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {

    /** The source services do not run beside this test: a report that needs them is a 503 naming the source. */
    @Override
    protected Set<Integer> toleratedStatuses() {
        return Set.of(503);
    }
}
