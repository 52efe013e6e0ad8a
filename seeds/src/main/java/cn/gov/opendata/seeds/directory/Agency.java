package cn.gov.opendata.seeds.directory;

/** An agency of the directory, as the report-service's import takes it. */
public record Agency(String code, String name, String kind, String parent) {
}
