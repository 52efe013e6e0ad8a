package cn.gov.opendata.disclosure.problem;

import cn.gov.opendata.platform.testing.HostileInputSuite;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {
}
