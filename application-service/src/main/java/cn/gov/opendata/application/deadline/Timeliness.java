package cn.gov.opendata.application.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a concluded request met its deadline. */
@Schema(description = "答复时效 When the reply came: ON_TIME 按期答复 · AFTER_EXTENSION 延期后按期答复 · LATE 逾期答复")
public enum Timeliness {
    /** Concluded by the due date, never extended. */
    ON_TIME,
    /** Extended, and concluded by the extended due date. */
    AFTER_EXTENSION,
    LATE
}
