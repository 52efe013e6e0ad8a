package cn.gov.opendata.application.letter.rest;

/** An agency's letterhead; {@code configured} false means the defaults (agency code, default pattern) apply. */
public record LetterSettingView(String agency, String agencyName, String numberPattern, boolean configured) {
}
