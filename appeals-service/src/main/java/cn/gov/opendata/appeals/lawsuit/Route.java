package cn.gov.opendata.appeals.lawsuit;

/** How a lawsuit reached court: 未经复议直接起诉 or 复议后起诉. */
public enum Route {
    DIRECT,
    AFTER_RECONSIDERATION
}
