package cn.gov.opendata.seeds.bench;

import cn.gov.opendata.seeds.dataset.Dataset;
import cn.gov.opendata.seeds.dataset.ProvinceDataset;
import cn.gov.opendata.seeds.dataset.Records;
import cn.gov.opendata.seeds.dataset.ZhoukouDataset;
import cn.gov.opendata.seeds.directory.ZhoukouDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one benchmark size loads and then asks about: the dataset, its items (a file for M, too many for memory), the
 * report's root agency and year, and the agency whose clerk registers and reads requests under load.
 */
record BenchData(String size, Dataset dataset, Path itemsFile, long items, String root, int year, String clerkAgency) {

    static BenchData of(String size, Path dir, int itemsOverride) throws IOException {
        return switch (size) {
            // The reference city: the Zhoukou dataset (five years), reported for 2018 as the seed report does.
            case "S" -> {
                Dataset dataset = ZhoukouDataset.build();
                yield new BenchData("S", dataset, null, dataset.disclosures().size(), ZhoukouDirectory.CITY, 2018,
                        busiest(dataset));
            }
            case "M" -> {
                ProvinceDataset province = new ProvinceDataset(2025);
                Path items = dir.resolve("province-items.ndjson");
                int count = itemsOverride > 0 ? itemsOverride : ProvinceDataset.ITEMS;
                province.writeItems(items, count);
                Dataset dataset = province.records();
                yield new BenchData("M", dataset, items, count, ProvinceDataset.ROOT, province.year(), busiest(dataset));
            }
            default -> throw new IllegalArgumentException("--size must be S or M, not " + size);
        };
    }

    /** The agency with the most requests: its clerk has the most to read. */
    private static String busiest(Dataset dataset) {
        return dataset.requests().stream()
                .collect(Collectors.groupingBy(Records.Request::agency, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
