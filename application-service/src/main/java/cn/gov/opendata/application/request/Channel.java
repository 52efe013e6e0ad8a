package cn.gov.opendata.application.request;

/** How a request reached the agency: 网络, 信函, 当面, 传真. */
public enum Channel {
    ONLINE,
    LETTER,
    IN_PERSON,
    FAX
}
