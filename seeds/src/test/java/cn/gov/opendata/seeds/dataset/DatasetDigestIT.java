package cn.gov.opendata.seeds.dataset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The datasets are a pure function of their seeds: {@code seeds.jar digest} run in separate JVM processes — where
 * {@code Map.of} iterates in a differently salted order each time — and, when the machine has one, under another Java
 * version, prints the same SHA-256 for every kind of record.
 */
class DatasetDigestIT {

    private static final Path JAR = Path.of("target", "seeds.jar");

    @Test
    void twoProcessesPrintTheSameDigestOfEveryDataset() throws Exception {
        List<String> first = digest(javaOfThisBuild());
        List<String> second = digest(otherJava());
        assertEquals(first, second, "the datasets differ between two runs");
        assertTrue(first.size() >= 19, "a line per kind of record and the total: " + first);
        assertTrue(first.get(first.size() - 1).matches("[0-9a-f]{64}"), "last line is the SHA-256: " + first);
        assertTrue(first.stream().anyMatch(line -> line.startsWith("zhoukou/requests ")), first.toString());
        assertTrue(first.stream().anyMatch(line -> line.startsWith("province-2025/items 2000000 ")), first.toString());
        System.out.println("digest (" + javaOfThisBuild() + " and " + otherJava() + "): " + first.get(first.size() - 1));
    }

    private static List<String> digest(String java) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "digest").redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(lines::add);
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "digest did not finish");
        assertEquals(0, process.exitValue(), String.join("\n", lines));
        return lines;
    }

    private static String javaOfThisBuild() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Another Java installation of the machine (a different version where there is one), else this one again. */
    private static String otherJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return javaOfThisBuild();
        }
        Path thisHome = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.map(home -> home.resolve("bin").resolve("java"))
                    .filter(Files::isExecutable)
                    .filter(java -> !realPath(java.getParent().getParent()).equals(thisHome))
                    .filter(java -> !java.toString().contains("-17-") && !java.toString().contains("1.17"))
                    .map(Path::toString).findFirst().orElse(javaOfThisBuild());
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
