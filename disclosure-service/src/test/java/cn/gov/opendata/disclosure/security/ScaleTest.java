package cn.gov.opendata.disclosure.security;

import cn.gov.opendata.platform.testing.ScaleContract;
import io.quarkus.test.junit.QuarkusTest;

/** The province of 10,000 agencies against this service's replica of the directory (TestDirectory stands in). */
@QuarkusTest
class ScaleTest extends ScaleContract {
}
