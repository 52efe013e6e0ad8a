package cn.gov.opendata.report.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three source services a report is assembled from; {@code configKey} names their REST-client config. */
@Schema(description = "数据来源 A source service: DISCLOSURE 主动公开（disclosure-service） · APPLICATION 依申请公开（application-service） · APPEALS 复议诉讼投诉（appeals-service）")
public enum Source {
    DISCLOSURE("disclosure-service", "disclosure"),
    APPLICATION("application-service", "application"),
    APPEALS("appeals-service", "appeals");

    private final String serviceName;
    private final String configKey;

    Source(String serviceName, String configKey) {
        this.serviceName = serviceName;
        this.configKey = configKey;
    }

    public String serviceName() {
        return serviceName;
    }

    public String configKey() {
        return configKey;
    }
}
