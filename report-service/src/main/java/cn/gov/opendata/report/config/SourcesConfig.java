package cn.gov.opendata.report.config;

import io.smallrye.config.ConfigMapping;

/**
 * Where readers of a report find the records behind a figure: the public base URL of each source service.
 * Defaults to the REST-client URL; set it when the services are reached under another name from outside.
 */
@ConfigMapping(prefix = "report.sources")
public interface SourcesConfig {

    Source disclosure();

    Source application();

    Source appeals();

    interface Source {
        String publicUrl();
    }
}
