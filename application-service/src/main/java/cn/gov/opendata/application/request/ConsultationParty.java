package cn.gov.opendata.application.request;

/** Who is consulted: a third party (Art. 32) or another agency (Art. 33). */
public enum ConsultationParty {
    THIRD_PARTY,
    OTHER_AGENCY
}
