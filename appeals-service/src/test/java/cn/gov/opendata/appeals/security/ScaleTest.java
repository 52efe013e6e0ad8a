package cn.gov.opendata.appeals.security;

import cn.gov.opendata.platform.testing.ScaleContract;
import cn.gov.opendata.platform.testing.TestDirectory;
import io.quarkus.test.junit.QuarkusTest;

import java.time.Duration;
import java.util.Map;

/** The province of 10,000 agencies against this service's replica of the directory (TestDirectory stands in). */
@QuarkusTest
class ScaleTest extends ScaleContract {

    @Override
    protected void putIntoDirectory(Map<String, String> parents) {
        TestDirectory.putAll(parents);
    }

    @Override
    protected void removeFromDirectory(Iterable<String> codes) {
        TestDirectory.remove(codes);
    }

    @Override
    protected Duration refreshPeriod() {
        return Duration.ofSeconds(2);
    }
}
