package cn.gov.opendata.disclosure.item;

/** What an item is about; REGULATION (规章) and NORMATIVE_DOCUMENT (行政规范性文件) are the normative acts of table 二. */
public enum Category {
    POLICY_INTERPRETATION,
    REGULATION,
    NORMATIVE_DOCUMENT,
    NOTICE,
    FINANCE,
    KEY_PROJECT,
    SUPERVISION,
    ENVIRONMENT,
    FOOD_DRUG_SAFETY,
    PLANNING,
    PERSONNEL,
    OTHER;

    /** Only normative acts carry issue and repeal dates. */
    public boolean isNormativeAct() {
        return this == REGULATION || this == NORMATIVE_DOCUMENT;
    }
}
