package cn.gov.opendata.disclosure.item;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an item is about; REGULATION (规章) and NORMATIVE_DOCUMENT (行政规范性文件) are the normative acts of table 二. */
@Schema(description = "信息类别 What the item is: POLICY_INTERPRETATION 政策解读 · REGULATION 规章 · NORMATIVE_DOCUMENT 规范性文件 · NOTICE 通知公告 · FINANCE 财政预决算 · KEY_PROJECT 重大建设项目 · SUPERVISION 监督检查 · ENVIRONMENT 生态环境 · FOOD_DRUG_SAFETY 食品药品安全 · PLANNING 规划计划 · PERSONNEL 人事信息 · OTHER 其他")
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
