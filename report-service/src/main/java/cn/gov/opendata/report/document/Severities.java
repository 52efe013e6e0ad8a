package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Check;

/** How a check's severity is printed in every document. */
final class Severities {

    private Severities() {
    }

    static String label(Check.Severity severity) {
        if (severity == null) {
            return "提示";
        }
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
        };
    }
}
