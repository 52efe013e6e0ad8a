package cn.gov.opendata.report.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one consistency check of DOMAIN.md §5 that did not pass (or an informational warning). */
public record Check(Severity severity, String code, String message) {

    @Schema(description = "校验级别 How serious a failed check is: ERROR 错误（报告不成立） · WARNING 提示（请核对）")
    public enum Severity {
        ERROR,
        WARNING
    }
}
