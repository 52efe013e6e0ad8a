package cn.gov.opendata.appeals.problem;

import cn.gov.opendata.platform.testing.HostileInputSuite;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {
}
