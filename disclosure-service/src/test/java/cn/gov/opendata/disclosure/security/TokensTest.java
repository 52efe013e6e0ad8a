package cn.gov.opendata.disclosure.security;

import cn.gov.opendata.platform.testing.TokenContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TokensTest extends TokenContract {
}
