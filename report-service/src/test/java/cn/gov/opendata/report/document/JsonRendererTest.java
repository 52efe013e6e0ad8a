package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.SourceInfo;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {

    private final JsonRenderer renderer = new JsonRenderer(JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).build());

    @Test
    void canonicalJsonSortsPropertiesAndHasNoWhitespace() {
        String json = new String(renderer.render(SampleReports.national("t-json", 2021)), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"agency\":\"t-json\",\"agencyName\":\"测试市人民政府\",\"checks\":["), json);
        assertFalse(json.contains("\n"));
        assertTrue(json.contains("\"generatedAt\":\"2022-01-15T09:30:00+08:00\""), json);
    }

    @Test
    void sameReportGivesSameBytes() {
        assertArrayEquals(renderer.render(SampleReports.national("t-json", 2021)),
                renderer.render(SampleReports.national("t-json", 2021)));
    }

    @Test
    void contentIgnoresGenerationTimeAndSourceTimings() {
        Report first = SampleReports.national("t-json", 2021);
        Report later = new Report(first.agency(), first.agencyName(), first.year(), first.format(), first.scope(),
                first.title(), first.sections(), first.tables(), first.checks(),
                List.of(new SourceInfo("application", "http://application.example", "REQUESTS", 999)),
                first.settings(), OffsetDateTime.now());
        assertFalse(Arrays.equals(renderer.render(first), renderer.render(later)));
        assertArrayEquals(renderer.content(first), renderer.content(later));
    }

    @Test
    void contentChangesWithAFigure() {
        assertFalse(Arrays.equals(renderer.content(SampleReports.national("t-json", 2021)),
                renderer.content(SampleReports.national("t-json", 2021, 1))));
    }
}
