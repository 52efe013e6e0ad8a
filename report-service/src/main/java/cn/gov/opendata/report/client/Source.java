package cn.gov.opendata.report.client;

/** The three source services a report is assembled from; {@code configKey} names their REST-client config. */
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
