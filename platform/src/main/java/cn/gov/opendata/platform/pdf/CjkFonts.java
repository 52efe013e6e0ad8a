package cn.gov.opendata.platform.pdf;

import cn.gov.opendata.platform.problem.ApiException;
import jakarta.ws.rs.core.Response.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Chinese fonts a PDF embeds, found at run time in the system font folders (and in {@code OPENDATA_FONT_DIRS},
 * colon-separated). Only TrueType-outline fonts qualify: PDFBox cannot embed the CFF outlines of Noto CJK. The
 * Debian packages {@code fonts-arphic-gbsn00lp} (a 宋体 for the body) and {@code fonts-wqy-microhei} (a 黑体 for
 * headings) are what {@code deploy/local/ensure-fonts.sh} installs; any one of the files below is enough.
 */
public final class CjkFonts {

    /** A font file and the index of the face in it (a .ttc collection holds several). */
    public record FontFile(Path path, String family) {
        public boolean collection() {
            return path.getFileName().toString().toLowerCase().endsWith(".ttc");
        }
    }

    /** Body text (宋体 style) first, then what can stand in for it. */
    public static final List<String> SERIF = List.of("gbsn00lp.ttf", "uming.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc");
    /** Headings (黑体 style) first, then what can stand in for it. */
    // Micro Hei before Zen Hei: a render holds a face's glyph table in memory two or three times over, 4.5 MB for Micro
    // Hei against 15 MB for Zen Hei, and Zen Hei took the report-service's 96 MB heap past its end
    public static final List<String> SANS = List.of("wqy-microhei.ttc", "wqy-zenhei.ttc", "gbsn00lp.ttf", "uming.ttc");

    private static final List<Path> SYSTEM_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home", "/root"), ".fonts"), Path.of(System.getProperty("user.home", "/root"), ".local/share/fonts"));

    private static volatile Map<String, Path> found;

    private CjkFonts() {
    }

    /** The serif (body) and sans (heading) fonts, or a 503 problem telling the operator what to install. */
    public static List<FontFile> required() {
        Optional<Path> serif = first(SERIF);
        Optional<Path> sans = first(SANS);
        if (serif.isEmpty() || sans.isEmpty()) {
            throw new ApiException(Status.SERVICE_UNAVAILABLE, "No Chinese font for PDF",
                    "A PDF needs a Chinese TrueType font on the server and none was found (looked for " + SERIF
                            + " in " + searchDirs() + "); install fonts-wqy-microhei and fonts-arphic-gbsn00lp "
                            + "(deploy/local/ensure-fonts.sh) or name a folder in OPENDATA_FONT_DIRS",
                    List.of());
        }
        return List.of(new FontFile(serif.get(), HtmlToPdf.SERIF_FAMILY), new FontFile(sans.get(), HtmlToPdf.SANS_FAMILY));
    }

    private static Optional<Path> first(List<String> names) {
        Map<String, Path> files = index();
        return names.stream().map(files::get).filter(p -> p != null).findFirst();
    }

    private static Map<String, Path> index() {
        Map<String, Path> files = found;
        if (files == null) {
            files = new HashMap<>();
            for (Path dir : searchDirs()) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(dir, 4)) {
                    for (Path path : (Iterable<Path>) walk::iterator) {
                        String name = path.getFileName().toString().toLowerCase();
                        if (SERIF.contains(name) || SANS.contains(name)) {
                            files.putIfAbsent(name, path);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list the font folder " + dir, e);
                }
            }
            // Only a complete answer is kept: fonts installed after a miss are found on the next try.
            if (!files.isEmpty()) {
                found = files;
            }
        }
        return files;
    }

    private static List<Path> searchDirs() {
        List<Path> dirs = new ArrayList<>();
        String extra = System.getenv("OPENDATA_FONT_DIRS");
        if (extra != null) {
            for (String dir : extra.split(":")) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir.strip()));
                }
            }
        }
        dirs.addAll(SYSTEM_DIRS);
        return dirs;
    }
}
