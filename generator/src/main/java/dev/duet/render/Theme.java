package dev.duet.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme as layers of folders, the site's own {@code theme/} first, then the named theme (a folder of the site or
 * a theme on the class path, such as the embedded default). Each layer may hold {@code templates/},
 * {@code static/} and {@code i18n/<lang>.properties}; a file in an earlier layer replaces the same file in a later
 * one, and UI strings merge key by key.
 */
public final class Theme implements Closeable {

    /** The folders each layer reads its files from. */
    private static final List<String> FOLDERS = List.of("templates", "i18n", "static");

    private final List<Path> layers;
    private final List<FileSystem> openFileSystems;
    private final List<Path> sources;

    private Theme(List<Path> layers, List<FileSystem> openFileSystems, List<Path> jars) {
        this.layers = List.copyOf(layers);
        this.openFileSystems = List.copyOf(openFileSystems);
        List<Path> onDisk = new ArrayList<>();
        for (Path layer : layers) {
            if (layer.getFileSystem() == FileSystems.getDefault()) {
                FOLDERS.forEach(folder -> onDisk.add(layer.resolve(folder)));
            }
        }
        onDisk.addAll(jars);
        this.sources = List.copyOf(onDisk);
    }

    /**
     * Finds the theme named {@code name}: a folder {@code name} under the site, or {@code duet/themes/<name>} on the
     * class path. The site's override folder, when it exists, is put first.
     */
    public static Theme load(Path siteDir, Path overrides, String name, ClassLoader classLoader) throws IOException {
        List<Path> layers = new ArrayList<>();
        List<FileSystem> open = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(overrides)) {
            layers.add(overrides);
        }
        Path local = siteDir.resolve(name).normalize();
        if (local.startsWith(siteDir) && !local.equals(siteDir) && Files.isDirectory(local.resolve("templates"))) {
            layers.add(local);
        } else if (classLoader.getResource(marker(name)) != null) {
            layers.add(fromClassPath(name, classLoader, open, jars));
        } else {
            throw new ThemeException(notFound(siteDir, local, name));
        }
        return new Theme(layers, open, jars);
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

    /** A theme made of the given folders, first one winning. */
    public static Theme of(List<Path> layers) {
        return new Theme(layers, List.of(), List.of());
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
    public Optional<Path> findTemplate(String name) {
        for (Path layer : layers) {
            Path file = layer.resolve("templates").resolve(name).normalize();
            if (file.startsWith(layer.resolve("templates")) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Every static file, keyed by its path under {@code static/}, earlier layers winning. */
    public Map<String, Path> staticFiles() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path dir = layers.get(i).resolve("static");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(file).toString().replace('\\', '/'), file);
                }
            }
        }
        return files;
    }

    /** Every template and UI string file of every layer, in a stable order: what rendered pages depend on. */
    public List<Path> renderInputs() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path layer : layers) {
            for (String folder : List.of("templates", "i18n")) {
                Path dir = layer.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    /** The UI strings for a language, merged over all layers. */
    public Map<String, String> strings(String lang) throws IOException {
        Map<String, String> strings = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path file = layers.get(i).resolve("i18n").resolve(lang + ".properties");
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> strings.put(k.toString(), v.toString()));
            }
        }
        return strings;
    }

    /**
     * Where on disk the theme's files come from, so that a change can be seen without reading them: the
     * {@code templates/}, {@code i18n/} and {@code static/} folders of each layer in a folder (whether they exist
     * or not), and the jar of a theme packed in one.
     */
    public List<Path> sources() {
        return sources;
    }

    /** The folders of the theme, the first one winning. */
    public List<Path> layers() {
        return layers;
    }

    @Override
    public void close() throws IOException {
        for (FileSystem fs : openFileSystems) {
            fs.close();
        }
    }
}
