package cn.gov.opendata.appeals.lawsuit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a lawsuit reached court: 未经复议直接起诉 or 复议后起诉. */
@Schema(description = "诉讼途径 How the lawsuit came: DIRECT 直接起诉 · AFTER_RECONSIDERATION 复议后起诉")
public enum Route {
    DIRECT,
    AFTER_RECONSIDERATION
}
