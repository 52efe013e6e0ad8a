package cn.gov.opendata.seeds;

import cn.gov.opendata.seeds.bench.BenchCommand;
import cn.gov.opendata.seeds.dataset.Dataset;
import cn.gov.opendata.seeds.dataset.DatasetDigest;
import cn.gov.opendata.seeds.dataset.ProvinceDataset;
import cn.gov.opendata.seeds.dataset.ZhoukouDataset;
import cn.gov.opendata.seeds.load.ApiLoader;
import cn.gov.opendata.seeds.load.ServiceUrls;
import cn.gov.opendata.seeds.token.SigningKeys;
import cn.gov.opendata.seeds.token.LocalJwks;
import cn.gov.opendata.seeds.token.TokenMinter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Entry point of the seeds jar: generates the reference dataset and loads it through the services' public APIs. */
public final class SeedsCommand {

    private static final String USAGE = """
            usage: java -jar seeds.jar load [--report URL] [--disclosure URL] [--application URL] [--appeals URL] [--token JWT]
                   java -jar seeds.jar summary
                   java -jar seeds.jar digest
                   java -jar seeds.jar bench --size S|M [--runs 50] [--imports 3] [--items N] [--out DIR] [URL and token options as load]
                   java -jar seeds.jar token --role ROLE[,ROLE] [--agency CODE] [--subject NAME]
                                             [--ttl 8h] [--keys DIR] [--issuer URL]
            load     writes the Zhoukou reference dataset (every year 2017-2025) through the public REST APIs; idempotent
                     (the token, or env OPENDATA_TOKEN, must be an admin's)
            bench    loads a benchmark size (S: the reference city, M: a province of 10,000 agencies) through the APIs and
                     times imports, statistics and reports into DIR/bench.md (deploy/bench/bench.sh runs the whole benchmark)
            summary  prints how many records of each kind the dataset has
            digest   prints the SHA-256 of every kind of record of the reference dataset and of the province benchmark
                     dataset (2025, with its 2,000,000 items), and on its last line one SHA-256 over all of them: the
                     same on every run, machine and Java version
            jwks     prints a JWKS of the token key (kid opendata-local) and, with --with URL, the keys of that JWKS URL
                     (java -jar seeds.jar jwks [--keys DIR] [--with URL]): the local services trust both
            token    prints a signed bearer token for local runs and tests; roles: clerk, supervisor, reader, admin,
                     service. A token names one agency; a supervisor's subtree comes from the directory. The signing
                     key pair is DIR/private.pem + DIR/public.pem (default .run/keys), generated on first use; the
                     services must verify with DIR/public.pem (MP_JWT_VERIFY_PUBLICKEY_LOCATION).""";

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
            case "digest" -> digest();
            case "token" -> System.out.println(token(args));
            case "jwks" -> System.out.println(LocalJwks.of(Path.of(option(args, "--keys", ".run/keys")), option(args, "--with", null)));
            case "bench" -> bench(args);
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

    private static void bench(String[] args) throws Exception {
        ServiceUrls defaults = ServiceUrls.localDefaults();
        Map<String, String> options = new TreeMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        ServiceUrls urls = new ServiceUrls(options.getOrDefault("--report", defaults.report()),
                options.getOrDefault("--disclosure", defaults.disclosure()),
                options.getOrDefault("--application", defaults.application()),
                options.getOrDefault("--appeals", defaults.appeals()));
        BenchCommand.run(urls, options.getOrDefault("--token", System.getenv("OPENDATA_TOKEN")), options);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String token(String[] args) throws Exception {
        List<String> roles = null;
        String agency = null;
        String subject = null;
        Duration ttl = Duration.ofHours(8);
        Path keys = Path.of(".run", "keys");
        String issuer = TokenMinter.DEFAULT_ISSUER;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value\n" + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--role", "--roles" -> roles = Arrays.stream(value.split(",")).map(String::strip).toList();
                case "--agency" -> agency = value;
                case "--subject" -> subject = value;
                case "--ttl" -> ttl = TokenMinter.parseTtl(value);
                case "--keys" -> keys = Path.of(value);
                case "--issuer" -> issuer = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (roles == null) {
            throw new IllegalArgumentException("--role is required\n" + USAGE);
        }
        if (subject == null) {
            subject = String.join("-", roles) + (agency == null ? "" : "@" + agency);
        }
        TokenMinter minter = new TokenMinter(SigningKeys.ensure(keys), issuer, Clock.systemUTC());
        return minter.mint(subject, roles, agency, ttl);
    }

    private static void digest() throws IOException {
        ProvinceDataset province = new ProvinceDataset(2025);
        DatasetDigest digest = new DatasetDigest()
                .add("zhoukou", ZhoukouDataset.build())
                .add("province-2025", province.records())
                .addItems("province-2025/items", province, ProvinceDataset.ITEMS);
        digest.parts().forEach((part, countAndHash) -> System.out.println(part + " " + countAndHash));
        System.out.println(digest.total());
    }

    private static void summary(Dataset dataset) {
        System.out.printf("dataset: %d agencies, %d disclosures, %d tally sets, %d requests, %d reconsiderations, "
                        + "%d lawsuits, %d complaints%n", dataset.agencies().size(), dataset.disclosures().size(),
                dataset.tallies().size(), dataset.requests().size(), dataset.reconsiderations().size(),
                dataset.lawsuits().size(), dataset.complaints().size());
    }
}
