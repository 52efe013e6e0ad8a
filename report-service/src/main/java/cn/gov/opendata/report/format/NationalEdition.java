package cn.gov.opendata.report.format;

import cn.gov.opendata.report.format.NationalLayout.Block;
import cn.gov.opendata.report.format.NationalLayout.Table3Row;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.ReportFormat;

import java.util.List;

/**
 * What differs between the two national formats (DOMAIN.md §5.1 and §5.1a): table 二's blocks and columns, table 三's
 * rows, the heading of section 五 and whether section 六 must state the 信息处理费. Table 四, the applicants and the
 * identities are the same. The legacy format's figures are checked against the 2021 tables.
 */
public record NationalEdition(ReportFormat format, List<Block> table2Blocks, List<Column> table2Columns,
                              List<Table3Row> table3Rows, String problemsHeading, boolean statesFees) {

    public static final NationalEdition NATIONAL_2021 = new NationalEdition(ReportFormat.NATIONAL_2021,
            NationalLayout.TABLE_2_BLOCKS, NationalLayout.TABLE_2_COLUMNS, NationalLayout.TABLE_3_ROWS,
            "五、存在的主要问题及改进情况", true);

    public static final NationalEdition NATIONAL_2019 = new NationalEdition(ReportFormat.NATIONAL_2019,
            NationalLayout.TRIAL_TABLE_2_BLOCKS, NationalLayout.TRIAL_TABLE_2_COLUMNS, NationalLayout.TRIAL_TABLE_3_ROWS,
            "五、政府信息公开工作存在的主要问题及改进情况", false);

    public static NationalEdition of(ReportFormat format) {
        return format == ReportFormat.NATIONAL_2019 ? NATIONAL_2019 : NATIONAL_2021;
    }

    /** The leaf result rows whose sum is （七）总计 (21 in 2021, 19 in the trial format). */
    public List<Table3Row> resultRows() {
        return table3Rows.stream().filter(r -> !r.outcomes().isEmpty()).toList();
    }

    /** The rows that carry figures. */
    public List<Table3Row> figureRows() {
        return table3Rows.stream().filter(r -> !r.heading()).toList();
    }
}
