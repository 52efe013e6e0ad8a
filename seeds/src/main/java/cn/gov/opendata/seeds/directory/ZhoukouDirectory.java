package cn.gov.opendata.seeds.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * The agency tree of Zhoukou (周口市) as of the reference years: the city government and its office, 36 city
 * departments, 4 districts and 9 county-level units (8 counties and the county-level city of Xiangcheng), each with
 * its own departments and townships. District and county names are public facts; department names are the usual ones
 * of a prefecture-level city; township names are plausible, not a census.
 */
public final class ZhoukouDirectory {

    public static final String CITY = "zk";
    public static final String CITY_OFFICE = "zk-office";

    private static final String[][] CITY_DEPARTMENTS = {
            {"fgw", "周口市发展和改革委员会"}, {"jyj", "周口市教育局"}, {"kjj", "周口市科学技术局"},
            {"gxj", "周口市工业和信息化局"}, {"mzj", "周口市民族宗教事务局"}, {"gaj", "周口市公安局"},
            {"mz", "周口市民政局"}, {"sfj", "周口市司法局"}, {"czj", "周口市财政局"},
            {"rsj", "周口市人力资源和社会保障局"}, {"zrzyj", "周口市自然资源和规划局"}, {"sthjj", "周口市生态环境局"},
            {"zjj", "周口市住房和城乡建设局"}, {"jtj", "周口市交通运输局"}, {"slj", "周口市水利局"},
            {"nyncj", "周口市农业农村局"}, {"swj", "周口市商务局"}, {"whgtj", "周口市文化广电和旅游局"},
            {"wjw", "周口市卫生健康委员会"}, {"tyjrj", "周口市退役军人事务局"}, {"yjglj", "周口市应急管理局"},
            {"sjj", "周口市审计局"}, {"gzw", "周口市人民政府国有资产监督管理委员会"}, {"scjgj", "周口市市场监督管理局"},
            {"tjj", "周口市统计局"}, {"ybj", "周口市医疗保障局"}, {"lyj", "周口市林业局"},
            {"cgj", "周口市城市管理局"}, {"xfj", "周口市信访局"}, {"jrj", "周口市地方金融监督管理局"},
            {"gjj", "周口市住房公积金管理中心"}, {"ggzy", "周口市公共资源交易中心"}, {"dzj", "周口市大数据管理局"},
            {"rfb", "周口市人民防空办公室"}, {"lsj", "周口市粮食和物资储备局"}, {"swzj", "周口市税务局"}};

    private static final String[][] DISTRICTS = {
            {"chuanhui", "川汇区"}, {"kfq", "周口经济开发区"}, {"dxq", "周口东新区"}, {"gangqu", "周口港口物流产业集聚区"}};

    private static final String[][] COUNTIES = {
            {"fugou", "扶沟县"}, {"xihua", "西华县"}, {"shangshui", "商水县"}, {"shenqiu", "沈丘县"},
            {"dancheng", "郸城县"}, {"huaiyang", "淮阳县"}, {"taikang", "太康县"}, {"luyi", "鹿邑县"},
            {"xiangcheng", "项城市"}};

    private static final String[][] LOCAL_DEPARTMENTS = {
            {"office", "人民政府办公室"}, {"fgw", "发展和改革委员会"}, {"jyj", "教育局"}, {"gaj", "公安局"},
            {"mzj", "民政局"}, {"czj", "财政局"}, {"rsj", "人力资源和社会保障局"}, {"zrzyj", "自然资源局"},
            {"sthj", "生态环境分局"}, {"zjj", "住房和城乡建设局"}, {"jtj", "交通运输局"}, {"slj", "水利局"},
            {"nyncj", "农业农村局"}, {"wjw", "卫生健康委员会"}, {"scjgj", "市场监督管理局"}, {"yjglj", "应急管理局"},
            {"sjj", "审计局"}, {"tjj", "统计局"}, {"ybj", "医疗保障局"}, {"xfj", "信访局"}, {"sfj", "司法局"},
            {"whgtj", "文化广电和旅游局"}};

    private static final String[] TOWNSHIPS = {
            "城关镇", "练寺镇", "大新镇", "包屯镇", "汴岗镇", "崔桥镇", "江村镇", "白潭镇", "韭园镇", "固城乡",
            "吕潭乡", "大李庄乡", "柴岗乡", "曹里乡", "城郊乡", "红花集镇", "聂堆镇", "东夏亭镇", "西夏亭镇", "逍遥镇",
            "奉母镇", "址坊镇", "黄桥乡", "清河驿乡", "艾岗乡", "田口乡", "皮营乡", "东王营乡", "迟营乡", "李大庄乡",
            "叶寨乡", "大武乡", "黄寨镇", "练集镇", "魏集镇", "固墙镇", "白集镇", "化河乡", "张庄乡", "谭庄镇"};

    private ZhoukouDirectory() {
    }

    /** Parents before children, so an importer can take the list in order. */
    public static List<Agency> agencies() {
        List<Agency> agencies = new ArrayList<>();
        agencies.add(new Agency(CITY, "周口市人民政府", "GOVERNMENT", null));
        agencies.add(new Agency(CITY_OFFICE, "周口市人民政府办公室", "DEPARTMENT", CITY));
        for (String[] department : CITY_DEPARTMENTS) {
            agencies.add(new Agency(CITY + "-" + department[0], department[1], "DEPARTMENT", CITY));
        }
        int townshipOffset = 0;
        for (String[] district : DISTRICTS) {
            townshipOffset = addLocalGovernment(agencies, district, "DISTRICT", 12, 6, townshipOffset);
        }
        for (String[] county : COUNTIES) {
            townshipOffset = addLocalGovernment(agencies, county, "COUNTY", LOCAL_DEPARTMENTS.length, 16, townshipOffset);
        }
        return agencies;
    }

    private static int addLocalGovernment(List<Agency> agencies, String[] unit, String kind, int departments,
                                          int townships, int townshipOffset) {
        String code = CITY + "-" + unit[0];
        String name = unit[1];
        String governmentName = name.endsWith("区") && !name.startsWith("川汇") ? name + "管理委员会" : name + "人民政府";
        agencies.add(new Agency(code, governmentName, kind, CITY));
        for (int i = 0; i < departments; i++) {
            String[] department = LOCAL_DEPARTMENTS[i];
            agencies.add(new Agency(code + "-" + department[0], name + department[1], "DEPARTMENT", code));
        }
        for (int i = 0; i < townships; i++) {
            String township = TOWNSHIPS[(townshipOffset + i) % TOWNSHIPS.length];
            agencies.add(new Agency(code + "-t" + String.format("%02d", i + 1), name + township + "人民政府", "TOWNSHIP", code));
        }
        return townshipOffset + 7;
    }
}
