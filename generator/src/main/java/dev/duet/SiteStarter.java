package dev.duet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a new site into a folder: a pom that builds it with {@code mvn site} and checks it in {@code post-site},
 * two sample sources, a glossary, an empty {@code static/} folder and a GitHub Actions workflow that publishes it.
 * A file that is already there is kept as it is, never overwritten, and said to be kept.
 */
public final class SiteStarter {

    /**
     * What the new site is called and where it is published.
     *
     * @param groupId the pom's groupId
     * @param artifactId the pom's artifactId
     * @param baseUrl the public address, written as the {@code duet.baseUrl} property
     * @param duetVersion the version of the Duet plugin the pom uses
     * @param titleZh the site's Chinese title
     * @param titleEn the site's English title
     */
    public record Settings(String groupId, String artifactId, String baseUrl, String duetVersion, String titleZh,
            String titleEn) {
        public Settings {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(duetVersion, "duetVersion");
            Objects.requireNonNull(titleZh, "titleZh");
            Objects.requireNonNull(titleEn, "titleEn");
        }
    }

    /** The files written and the files that were there already and were kept, relative to the folder. */
    public record Result(List<String> written, List<String> kept) {
        public Result {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
        }
    }

    private static final String ROOT = "/dev/duet/starter/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    /** The starter's files: where each goes, and the resource it is made from. */
    private static final Map<String, String> FILES = Map.of(
            "pom.xml", "pom.xml.txt",
            "glossary.yaml", "glossary.yaml",
            ".gitignore", "gitignore.txt",
            ".github/workflows/site.yml", "workflows/site.yml",
            "sources/001_rail_opening.txt", "sources/001_rail_opening.txt",
            "sources/002_nev_exports.txt", "sources/002_nev_exports.txt");

    private SiteStarter() {
    }

    /** The problems with the settings, each naming its parameter; empty when they can be written into a pom. */
    public static List<String> problems(Settings settings) {
        List<String> problems = new ArrayList<>();
        if (!NAME.matcher(settings.groupId()).matches()) {
            problems.add("<groupId> / -Dduet.groupId: letters, digits, '.', '-' and '_' only, was '"
                    + settings.groupId() + "'");
        }
        if (!NAME.matcher(settings.artifactId()).matches()) {
            problems.add("<artifactId> / -Dduet.artifactId: letters, digits, '.', '-' and '_' only, was '"
                    + settings.artifactId() + "'");
        }
        if (!settings.baseUrl().matches("https?://[^\\s<>&\"']+")) {
            problems.add("<baseUrl> / -Dduet.baseUrl: an http(s) URL such as https://user.github.io/repo/, was '"
                    + settings.baseUrl() + "'");
        }
        return problems;
    }

    /**
     * Writes every starter file that is not in {@code folder} yet, and the {@code sources/}, {@code articles/} and
     * {@code static/} folders.
     *
     * @throws IllegalArgumentException when {@link #problems} finds any
     */
    public static Result write(Path folder, Settings settings) throws IOException {
        List<String> problems = problems(settings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String name : FILES.keySet().stream().sorted().toList()) {
            Path target = folder.resolve(name);
            if (Files.exists(target)) {
                kept.add(name);
                continue;
            }
            Files.createDirectories(target.getParent());
            String text = resource(FILES.get(name));
            if (name.equals("pom.xml")) {
                text = fill(text, settings);
            }
            try {
                // CREATE_NEW: a file that appeared since the check above is still never overwritten.
                Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                written.add(name);
            } catch (FileAlreadyExistsException e) {
                kept.add(name);
            }
        }
        for (String dir : List.of("sources", "articles", "static")) {
            Files.createDirectories(folder.resolve(dir));
        }
        return new Result(written, kept);
    }

    /**
     * Whether the {@code pom.xml} in {@code folder} names Duet's plugin already (a folder {@link #write} started
     * before, or one set up by hand); false when there is none or it cannot be read.
     */
    public static boolean usesDuet(Path folder) {
        Path pom = folder.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.size(pom) < (1 << 22)
                    && Files.readString(pom, StandardCharsets.ISO_8859_1).contains("<artifactId>duet-maven-plugin<");
        } catch (IOException e) {
            return false;
        }
    }

    private static String fill(String pom, Settings settings) {
        Map<String, String> values = Map.of(
                "GROUP_ID", settings.groupId(),
                "ARTIFACT_ID", settings.artifactId(),
                "BASE_URL", settings.baseUrl(),
                "DUET_VERSION", settings.duetVersion(),
                "TITLE_ZH", xml(settings.titleZh()),
                "TITLE_EN", xml(settings.titleEn()));
        Matcher m = Pattern.compile("@([A-Z_]+)@").matcher(pom);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) {
        try (InputStream in = SiteStarter.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the starter file " + name + " is missing from Duet's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
