package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.dataset.ZhoukouDataset;
import cn.gov.opendata.seeds.directory.Agency;
import cn.gov.opendata.seeds.load.ApiLoader;
import cn.gov.opendata.seeds.load.ServiceUrls;
import cn.gov.opendata.seeds.token.LocalJwks;
import cn.gov.opendata.seeds.token.SigningKeys;
import cn.gov.opendata.seeds.token.TokenMinter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four packaged services running as real processes on free ports against their end-to-end databases, with the
 * reference dataset loaded through the public APIs. Starting and loading takes minutes, so it happens once per JVM,
 * on first use, and every end-to-end class shares the result; a shutdown hook stops the processes when the JVM ends.
 * Access control is set up as deploy/local/up.sh does it (docs/SECURITY.md): a token-signing key pair made for the
 * run, the services verifying with its public half, the report-service calling the sources with a service token,
 * the data loaded as an admin, and {@link #token(String)} for whatever role a test acts as.
 */
final class ReferenceSystem {

    private static ReferenceSystem running;

    private static final Path KEYS = Path.of("target", "e2e-keys");

    private final Map<String, ServiceProcess> services;
    private final TokenMinter minter;

    private ReferenceSystem(Map<String, ServiceProcess> services, TokenMinter minter) {
        this.services = Collections.unmodifiableMap(services);
        this.minter = minter;
    }

    /** The running system, started and loaded by the first caller. */
    static synchronized ReferenceSystem get() throws Exception {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static ReferenceSystem start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path logs = Path.of("target", "e2e-logs");
        Files.createDirectories(logs);
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        for (String name : List.of("disclosure", "application", "appeals", "report")) {
            Files.deleteIfExists(logs.resolve(name + ".log"));
            services.put(name, new ServiceProcess(name, root, logs, Map.of()));
        }
        ServiceProcess reportService = services.get("report");
        for (String source : List.of("disclosure", "application", "appeals")) {
            reportService.putEnvironment("QUARKUS_REST_CLIENT_" + source.toUpperCase() + "_URL", services.get(source).url());
            // the sources' replicas of the directory read this run's report-service
            services.get(source).putEnvironment("OPENDATA_DIRECTORY_URL", reportService.url());
        }
        reportService.putEnvironment("REPORT_PUBLIC_URL", reportService.url());
        // As up.sh: with Keycloak running (test.sh starts it) the services trust it and the minted key alike, so the
        // sign-in test's people and the other tests' minted tokens are verified by the same services
        String issuer = LocalKeycloak.running() ? LocalKeycloak.ISSUER : TokenMinter.DEFAULT_ISSUER;
        TokenMinter minter = new TokenMinter(SigningKeys.ensure(KEYS), issuer, Clock.systemUTC());
        Path jwks = KEYS.resolve("jwks.json");
        Files.writeString(jwks, LocalJwks.of(KEYS, LocalKeycloak.running() ? LocalKeycloak.ISSUER + "/protocol/openid-connect/certs" : null));
        services.values().forEach(service -> {
            service.putEnvironment("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + jwks.toAbsolutePath());
            service.putEnvironment("MP_JWT_VERIFY_ISSUER", issuer);
        });
        services.get("application").putEnvironment("OPENDATA_PII_KEY", randomKey());
        reportService.putEnvironment("OPENDATA_SOURCES_TOKEN",
                minter.mint("report-service", List.of("service"), null, Duration.ofDays(1)));
        ReferenceSystem system = new ReferenceSystem(services, minter);
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "reference-system-stop"));
        for (ServiceProcess service : services.values()) {
            service.start(true);
        }
        ApiLoader loader = new ApiLoader(system.urls(), system.token("admin"));
        try {
            loader.awaitReady(Duration.ofMinutes(2));
        } catch (IllegalStateException e) {
            system.dumpLogs();
            throw e;
        }
        loader.load(ZhoukouDataset.build());
        return system;
    }

    /** The running services by name: disclosure, application, appeals, report. */
    Map<String, ServiceProcess> services() {
        return services;
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    String reportUrl() {
        return services.get("report").url();
    }

    ServiceUrls urls() {
        return new ServiceUrls(reportUrl(), services.get("disclosure").url(), services.get("application").url(),
                services.get("appeals").url());
    }

    /** A bearer token of a role that needs no agency claim: reader, admin or service. */
    String token(String role) {
        return minter.mint("e2e-" + role, List.of(role), null, Duration.ofHours(4));
    }

    /** A bearer token of a clerk or supervisor of an agency (a supervisor's subtree comes from the directory). */
    String token(String role, String agency) {
        return minter.mint("e2e-" + role + "-" + agency, List.of(role), agency, Duration.ofHours(4));
    }

    /**
     * A new root agency with a code no other test uses ({@code prefix} and a random suffix), entered through the public
     * directory import: a test that writes records keeps to data no other test reads, whatever order they run in.
     */
    String agencyOfItsOwn(String prefix, String name) throws IOException, InterruptedException {
        String agency = prefix + UUID.randomUUID().toString().substring(0, 8);
        // the loader fails on any answer other than 2xx
        new ApiLoader(urls(), token("admin")).importLines("agencies", reportUrl() + "/api/v1/agencies/import",
                List.of(new Agency(agency, name, "DEPARTMENT", null)));
        return agency;
    }

    void dumpLogs() {
        for (ServiceProcess service : services.values()) {
            try {
                List<String> lines = Files.readAllLines(service.log());
                System.err.println("=== " + service.name() + " (alive: " + service.alive() + ")");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
            } catch (IOException e) {
                System.err.println("no log for " + service.name());
            }
        }
    }

    /** The AES-256 key of applicants' personal data for this run (the databases start empty each run). */
    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private void stop() {
        for (ServiceProcess service : services.values()) {
            try {
                service.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
