package cn.gov.opendata.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an audited act did. */
@Schema(description = "审计动作 What was done: CREATE 新建 · UPDATE 修改 · DELETE 删除 · IMPORT 批量导入 · READ_PERSONAL_DATA 查看个人信息 · PUBLISH 发布年度报告")
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    READ_PERSONAL_DATA,
    /** A report frozen as a published revision (report-service). */
    PUBLISH,
    /** A call refused with 401 or 403; the entry names the call, never its parameters or body. */
    REFUSED
}
