package dev.duet.render;

import dev.duet.diagnostic.Problem;
import dev.duet.io.SiteFileNames;
import dev.duet.io.SiteFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A theme as layers of folders, the site's own {@code theme/} first, then the named theme (a folder of the site or
 * a theme on the class path, such as the embedded default). Each layer may hold {@code templates/},
 * {@code static/} and {@code i18n/<lang>.properties}; a file in an earlier layer replaces the same file in a later
 * one, and UI strings merge key by key. Each layer's files are listed once, when the theme is loaded, as
 * {@link SiteFiles} lists them: a link out of the site is not used, and {@link #problems()} names it.
 */
public final class Theme implements Closeable {

    /** The folders each layer reads its files from. */
    private static final List<String> FOLDERS = List.of("templates", "i18n", "static");

    private final List<Path> layers;
    private final List<FileSystem> openFileSystems;
    private final List<Path> sources;
    /** Per layer, its files by folder ({@code templates}, …), each by its path below the folder, in path order. */
    private final List<Map<String, Map<String, Path>>> files;
    private final List<Problem> problems;
    private final Path siteDir;

    /**
     * @param refused folders of the site that would be layers but lead out of the site, with the warnings in
     *     {@code problems}
     * @param siteFiles how the layers' folders are listed
     */
    private Theme(List<Path> layers, List<FileSystem> openFileSystems, List<Path> jars, List<Path> refused,
            List<Problem> problems, SiteFiles siteFiles) throws IOException {
        this.layers = List.copyOf(layers);
        this.openFileSystems = List.copyOf(openFileSystems);
        this.siteDir = siteFiles.siteDir();
        List<Path> onDisk = new ArrayList<>();
        for (Path layer : layers) {
            if (layer.getFileSystem() == FileSystems.getDefault()) {
                FOLDERS.forEach(folder -> onDisk.add(layer.resolve(folder)));
            }
        }
        onDisk.addAll(jars);
        // A folder left out is still where the theme would come from: a change of the link is a change of the theme.
        onDisk.addAll(refused);
        this.sources = List.copyOf(onDisk);
        List<Problem> found = new ArrayList<>(problems);
        List<Map<String, Map<String, Path>>> listed = new ArrayList<>();
        for (Path layer : layers) {
            Map<String, Map<String, Path>> folders = new HashMap<>();
            for (String folder : FOLDERS) {
                Path dir = layer.resolve(folder);
                SiteFiles.Listing listing = siteFiles.list(dir, "");
                found.addAll(listing.problems());
                Map<String, Path> byName = new LinkedHashMap<>();
                Set<String> leftOut = new HashSet<>();
                for (Path file : listing.files()) {
                    String path = dir.relativize(file).toString().replace('\\', '/');
                    Optional<SiteFileNames.Unpublished> unpublished = folder.equals("static")
                            ? SiteFileNames.unpublished(path) : Optional.empty();
                    if (unpublished.isEmpty()) {
                        byName.put(path, file);
                    } else if (!unpublished.get().why().isEmpty() && leftOut.add(unpublished.get().path())) {
                        found.add(Problem.warning("static.unpublished", siteFiles.display(dir.resolve(
                                unpublished.get().path())), 0, unpublished.get().why()));
                    }
                }
                folders.put(folder, byName);
            }
            listed.add(folders);
        }
        this.files = List.copyOf(listed);
        this.problems = List.copyOf(found);
    }

    /**
     * Finds the theme named {@code name}: a folder {@code name} under the site, or {@code duet/themes/<name>} on the
     * class path. The site's override folder, when it exists, is put first. Either folder of the site is left out,
     * with a warning, when it is a link out of the site that {@code siteFiles} does not follow.
     */
    public static Theme load(SiteFiles siteFiles, Path overrides, String name, ClassLoader classLoader)
            throws IOException {
        Path siteDir = siteFiles.siteDir();
        List<Path> layers = new ArrayList<>();
        List<Path> refused = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(overrides)) {
            addLayer(siteFiles, overrides, layers, refused, problems);
        }
        Path local = siteDir.resolve(name).normalize();
        boolean isLocal = local.startsWith(siteDir) && !local.equals(siteDir)
                && Files.isDirectory(local.resolve("templates"));
        List<FileSystem> open = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        if (!isLocal || !addLayer(siteFiles, local, layers, refused, problems)) {
            try {
                layers.add(fromClassPath(name, classLoader, open, jars));
            } catch (ThemeException e) {
                if (!refused.contains(local)) {
                    throw new ThemeException(notFound(siteDir, local, name));
                }
                Problem why = problems.get(problems.size() - 1);
                throw new ThemeException("theme '" + name + "' not found: " + why.file() + " " + why.message());
            }
        }
        try {
            return new Theme(layers, open, jars, refused, problems, siteFiles);
        } catch (IOException | RuntimeException e) {
            for (FileSystem fs : open) {
                fs.close();
            }
            throw e;
        }
    }

    /** Why no theme called {@code name} was found, naming the folder it was looked for in. */
    private static String notFound(Path siteDir, Path local, String name) {
        String why;
        if (!local.startsWith(siteDir) || local.equals(siteDir)) {
            why = local + " is not a folder inside the site (" + siteDir + ")";
        } else if (!Files.isDirectory(local)) {
            why = "there is no folder " + local;
        } else {
            why = "the folder " + local + " has no templates/ folder";
        }
        return "<theme> / -Dduet.theme: no theme '" + name + "': " + why + "; set it to 'default', or to a folder"
                + " of the site holding templates/ (a site's own overrides go in <themeDir>, 'theme' by default)";
    }

    private static String marker(String name) {
        return "duet/themes/" + name + "/theme.properties";
    }

    /** Adds a folder of the site as a layer, or its warning when it is a link out of the site; true if added. */
    private static boolean addLayer(SiteFiles siteFiles, Path folder, List<Path> layers, List<Path> refused,
            List<Problem> problems) {
        Optional<Problem> refusal = siteFiles.findRefusal(folder, folder);
        if (refusal.isPresent()) {
            refused.add(folder);
            problems.add(refusal.get());
            return false;
        }
        layers.add(folder);
        return true;
    }

    /** A theme made of the given folders, first one winning; links in them are followed wherever they lead. */
    static Theme of(List<Path> layers) throws IOException {
        return new Theme(layers, List.of(), List.of(), List.of(), List.of(),
                new SiteFiles(layers.isEmpty() ? Path.of("") : layers.get(0), true));
    }

    private static Path fromClassPath(String name, ClassLoader classLoader, List<FileSystem> open, List<Path> jars)
            throws IOException {
        String marker = marker(name);
        URL url = classLoader.getResource(marker);
        if (url == null) {
            throw new ThemeException("theme '" + name + "' not found: no folder '" + name
                    + "' with templates/ in the site, and no " + marker + " on the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI()).getParent();
            }
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath();
                Path jar = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
                // A private zip file system per build: never registered globally, so builds cannot collide.
                FileSystem fs = FileSystems.newFileSystem(jar, Map.of());
                open.add(fs);
                jars.add(jar);
                return fs.getPath("/duet/themes/" + name);
            }
        } catch (URISyntaxException e) {
            throw new ThemeException("theme '" + name + "' has an unreadable location: " + url);
        }
        throw new ThemeException("theme '" + name + "' is at an unsupported location: " + url);
    }

    /** The template file for a name, from the first layer that has it. */
    Optional<Path> findTemplate(String name) {
        for (Map<String, Map<String, Path>> layer : files) {
            Path file = layer.get("templates").get(name);
            if (file != null) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * The file of a template as messages name it: relative to the site when it is a file of the site's (an override
     * in {@code theme/templates/}, a theme folder of the site), else {@code templates/NAME} of the theme.
     */
    String shown(String name) {
        Optional<Path> file = findTemplate(name);
        return file.isPresent() ? shownFile(file.get(), "templates/" + name) : "templates/" + name;
    }

    /** A static file of the theme as messages name it: relative to the site when it is one of the site's. */
    String shownStatic(String path) {
        Path file = staticFiles().get(path);
        return file == null ? "static/" + path : shownFile(file, "the theme's static/" + path);
    }

    /** A file of the theme relative to the site when it is one of the site's, else as the theme names it. */
    private String shownFile(Path file, String inTheme) {
        if (file.getFileSystem() == FileSystems.getDefault() && file.startsWith(siteDir)) {
            return siteDir.relativize(file).toString().replace('\\', '/');
        }
        return inTheme;
    }

    /** Every static file, keyed by its path under {@code static/}, earlier layers winning. */
    public Map<String, Path> staticFiles() {
        Map<String, Path> found = new TreeMap<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            found.putAll(files.get(i).get("static"));
        }
        return found;
    }

    /**
     * Every template and UI string file of every layer, in a stable order: what rendered pages depend on. Each is
     * keyed by its layer's place and its name in the layer ({@code 0/templates/article.ftlh}), not by where the
     * layer is on disk, which moves with the site and with the local Maven repository.
     */
    Map<String, Path> renderInputs() {
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (String kind : List.of("templates", "i18n")) {
                for (Map.Entry<String, Path> file : files.get(i).get(kind).entrySet()) {
                    inputs.put(i + "/" + kind + "/" + file.getKey(), file.getValue());
                }
            }
        }
        return inputs;
    }

    /**
     * The UI strings for a language, merged over all layers. A file that cannot be read as properties in UTF-8 (a
     * bad {@code \\u} escape, bytes that are not UTF-8) is left out, so its keys come from the layers below it, with
     * an error in {@code problems} naming the file (and, for an escape, its line).
     */
    Map<String, String> strings(String lang, List<Problem> problems) throws IOException {
        Map<String, String> strings = new TreeMap<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            Path file = files.get(i).get("i18n").get(lang + ".properties");
            if (file != null) {
                Properties properties = new Properties();
                String shown = shownFile(file, "i18n/" + lang + ".properties");
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                } catch (IllegalArgumentException e) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    problems.add(Problem.error("theme.i18n", shown, badEscapeLine(text), "cannot read UI strings: "
                            + e.getMessage() + " (\\u takes four hex digits, a backslash is written \\\\);"
                            + " the file is left out and its keys are the theme's"));
                    continue;
                } catch (CharacterCodingException e) {
                    problems.add(Problem.error("theme.i18n", shown, 0, "cannot read UI strings: the file is not"
                            + " UTF-8; save it as UTF-8. The file is left out and its keys are the theme's"));
                    continue;
                }
                properties.forEach((k, v) -> strings.put(k.toString(), v.toString()));
            }
        }
        return strings;
    }

    /**
     * The line of the first {@code \\u} escape that is not four hex digits, as {@link Properties#load} reads them
     * (not in comments; a backslash at the end of a line continues it); 0 if none is found.
     */
    static int badEscapeLine(String text) {
        List<String> lines = text.lines().toList();
        boolean continued = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String start = line.stripLeading();
            boolean comment = !continued && (start.startsWith("#") || start.startsWith("!"));
            int backslashes = 0;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) != '\\') {
                    backslashes = 0;
                    continue;
                }
                backslashes++;
                if (comment || backslashes % 2 == 0 || i + 1 >= line.length() || line.charAt(i + 1) != 'u') {
                    continue;
                }
                if (i + 6 > line.length() || !line.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    return n + 1;
                }
            }
            continued = !comment && backslashes % 2 == 1;
        }
        return 0;
    }

    /** The warnings found when the theme was loaded: the links out of the site it does not use. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Where on disk the theme's files come from, so that a change can be seen without reading them: the
     * {@code templates/}, {@code i18n/} and {@code static/} folders of each layer in a folder (whether they exist
     * or not), the jar of a theme packed in one, and a folder of the site left out as a link out of the site.
     */
    public List<Path> sources() {
        return sources;
    }

    /** The folders of the theme, the first one winning. */
    List<Path> layers() {
        return layers;
    }

    @Override
    public void close() throws IOException {
        for (FileSystem fs : openFileSystems) {
            fs.close();
        }
    }
}
