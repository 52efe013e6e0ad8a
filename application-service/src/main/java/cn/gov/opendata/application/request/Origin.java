package cn.gov.opendata.application.request;

/** How a request entered the system: registered and worked through the API, or imported from history. */
public enum Origin {
    API,
    IMPORT
}
