package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a request entered the system: registered and worked through the API, or imported from history. */
@Schema(description = "记录来源 How the record came in: API 逐件登记 · IMPORT 批量导入")
public enum Origin {
    API,
    IMPORT
}
