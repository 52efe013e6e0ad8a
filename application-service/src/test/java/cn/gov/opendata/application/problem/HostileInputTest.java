package cn.gov.opendata.application.problem;

import cn.gov.opendata.platform.testing.HostileInputSuite;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {
}
