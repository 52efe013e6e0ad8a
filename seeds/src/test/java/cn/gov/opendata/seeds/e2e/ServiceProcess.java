package cn.gov.opendata.seeds.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its packaged jar as a real process, on a free port, against its end-to-end database. */
final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final Path log;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(String name, Path root, Path logDirectory, Map<String, String> extraEnvironment) throws IOException {
        this.name = name;
        this.jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn package)");
        }
        this.log = logDirectory.resolve(name + ".log");
        this.port = freePort();
        this.environment = new java.util.HashMap<>(extraEnvironment);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + name + "_e2e");
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void putEnvironment(String key, String value) {
        environment.put(key, value);
    }

    void start(boolean cleanDatabase) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        // a clean schema on the first start makes the run independent of earlier runs; restarts keep the data
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(cleanDatabase));
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_DISABLED", String.valueOf(!cleanDatabase));
        process = builder.start();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** SIGKILL, as a crash or the OOM killer ends it: no shutdown hook, no rollback sent, sockets just close. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
