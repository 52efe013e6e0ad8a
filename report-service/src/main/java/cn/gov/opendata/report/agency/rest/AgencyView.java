package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.AgencyKind;

import java.time.OffsetDateTime;

public record AgencyView(String code, String name, AgencyKind kind, String parent, long version,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.code, a.name, a.kind, a.parentCode, a.version, a.createdAt, a.updatedAt);
    }
}
