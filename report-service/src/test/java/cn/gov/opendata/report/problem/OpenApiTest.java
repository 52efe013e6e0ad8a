package cn.gov.opendata.report.problem;

import cn.gov.opendata.platform.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** This service's OpenAPI document explains every operation, error, example, enum, document and import. */
@QuarkusTest
class OpenApiTest extends OpenApiContract {
}
