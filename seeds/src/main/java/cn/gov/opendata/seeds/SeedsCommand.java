package cn.gov.opendata.seeds;

import cn.gov.opendata.seeds.dataset.Dataset;
import cn.gov.opendata.seeds.dataset.ZhoukouDataset;
import cn.gov.opendata.seeds.load.ApiLoader;
import cn.gov.opendata.seeds.load.ServiceUrls;

import java.time.Duration;

/** Entry point of the seeds jar: generates the reference dataset and loads it through the services' public APIs. */
public final class SeedsCommand {

    private static final String USAGE = """
            usage: java -jar seeds.jar load [--report URL] [--disclosure URL] [--application URL] [--appeals URL] [--token JWT]
                   java -jar seeds.jar summary
            load     writes the Zhoukou reference dataset (2017-2019, 2024-2025) through the public REST APIs; idempotent
            summary  prints how many records of each kind the dataset has""";

    private SeedsCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        switch (args[0]) {
            case "load" -> load(args);
            case "summary" -> summary(ZhoukouDataset.build());
            default -> {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }

    private static void load(String[] args) throws Exception {
        ServiceUrls defaults = ServiceUrls.localDefaults();
        String report = defaults.report();
        String disclosure = defaults.disclosure();
        String application = defaults.application();
        String appeals = defaults.appeals();
        String token = System.getenv("OPENDATA_TOKEN");
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--report" -> report = args[i + 1];
                case "--disclosure" -> disclosure = args[i + 1];
                case "--application" -> application = args[i + 1];
                case "--appeals" -> appeals = args[i + 1];
                case "--token" -> token = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        ApiLoader loader = new ApiLoader(new ServiceUrls(report, disclosure, application, appeals), token);
        loader.awaitReady(Duration.ofMinutes(2));
        Dataset dataset = ZhoukouDataset.build();
        summary(dataset);
        loader.load(dataset);
    }

    private static void summary(Dataset dataset) {
        System.out.printf("dataset: %d agencies, %d disclosures, %d tally sets, %d requests, %d reconsiderations, "
                        + "%d lawsuits, %d complaints%n", dataset.agencies().size(), dataset.disclosures().size(),
                dataset.tallies().size(), dataset.requests().size(), dataset.reconsiderations().size(),
                dataset.lawsuits().size(), dataset.complaints().size());
    }
}
