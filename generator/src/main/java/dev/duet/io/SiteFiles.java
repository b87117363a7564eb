package dev.duet.io;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lists the files below a folder of the site — articles, sources, static files, theme overrides — the one way every
 * stage lists them: regular files, and links to files or folders, as long as what a link names lies inside the site
 * folder. A link that leads out of the site (to {@code /etc/passwd}, to a folder elsewhere) is not followed unless
 * {@code followExternalLinks} is set, and a warning names it and where it points, so that nothing from outside the
 * site is published by accident. A folder configured outside the site is trusted as a whole, since the user named
 * it. Nor is a link into the folders Duet writes followed: a site copied into itself would grow with every build.
 *
 * <p>Only links cost more than the walk itself: a file or folder reached without one lies where its folder does, so
 * the real location of a link's target is looked up, never that of each file.
 */
public final class SiteFiles {

    private final Path siteDir;
    private final Path realSite;
    private final boolean followExternalLinks;
    /** Where the folders Duet writes really are. */
    private final List<Path> written;

    /**
     * @param siteDir the site's folder; what lies in it (where its links resolve, not only by name) may be listed
     * @param followExternalLinks follow links that lead out of the site folder as well
     */
    public SiteFiles(Path siteDir, boolean followExternalLinks) {
        this(siteDir, followExternalLinks, List.of());
    }

    /**
     * @param written the folders Duet writes into (output, cache): no link into one, or to a folder above one, is
     *     followed
     */
    public SiteFiles(Path siteDir, boolean followExternalLinks, List<Path> written) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.realSite = realOrSelf(this.siteDir);
        this.followExternalLinks = followExternalLinks;
        this.written = written.stream().map(folder -> realOrSelf(folder.toAbsolutePath().normalize())).toList();
    }

    /**
     * The site's files as its configuration says: its folder, whether links out of it are followed, and the output
     * and cache folders that no link is followed into.
     */
    public static SiteFiles of(SiteConfig config) {
        return new SiteFiles(config.siteDir(), config.followExternalLinks(),
                List.of(config.outputDir(), config.cacheDir()));
    }

    public Path siteDir() {
        return siteDir;
    }

    /** What a walk finds, as it finds it. */
    public interface Visitor {

        /**
         * A regular file, or a link to one, named by its path under the folder walked (a link's path, not its
         * target's), with the attributes of the file it names.
         */
        void file(Path file, BasicFileAttributes attributes) throws IOException;

        /** A link (or the folder walked, or one above it) that was not followed, and the warning that names it. */
        void refused(Path link, Problem problem) throws IOException;
    }

    /**
     * The files found below a folder, in path order, and the links left out, each with its warning.
     *
     * @param files regular files and links to them, by their paths under the folder
     * @param refused the links not followed, by path, with the warning that names each one
     */
    public record Listing(List<Path> files, SortedMap<Path, Problem> refused) {

        public Listing {
            files = List.copyOf(files);
            refused = Collections.unmodifiableSortedMap(new TreeMap<>(refused));
        }

        /** The warnings for the links left out, in path order. */
        public List<Problem> problems() {
            return List.copyOf(refused.values());
        }
    }

    /**
     * The files at any depth below {@code dir} whose names end with {@code suffix} ({@code ""} for all), sorted by
     * path; none when {@code dir} is not a folder. With a suffix, hidden files and folders are passed by
     * ({@link SiteFileNames#isHidden}).
     */
    public Listing list(Path dir, String suffix) throws IOException {
        return listSized(dir, suffix).listing();
    }

    /** A listing, and the total size of its files as the walk found them. */
    public record Sized(Listing listing, long bytes) {
    }

    /** {@link #list}, with the files' total size, which the walk reads with their kind: no file is asked twice. */
    public Sized listSized(Path dir, String suffix) throws IOException {
        List<Path> files = new ArrayList<>();
        SortedMap<Path, Problem> refused = new TreeMap<>();
        long[] bytes = {0};
        walk(dir, suffix, new Visitor() {
            @Override
            public void file(Path file, BasicFileAttributes attributes) {
                files.add(file);
                bytes[0] += attributes.size();
            }

            @Override
            public void refused(Path link, Problem problem) {
                refused.put(link, problem);
            }
        });
        files.sort(Comparator.naturalOrder());
        return new Sized(new Listing(files, refused), bytes[0]);
    }

    /**
     * Visits the files at any depth below {@code dir} whose names end with {@code suffix}, in no set order, and the
     * links not followed. A link is followed when what it names is inside the site (or followExternalLinks is set);
     * a link to a folder that holds it is never followed. A link that names nothing is left out, as is anything
     * that is neither a file nor a folder.
     */
    public void walk(Path dir, String suffix, Visitor visitor) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Path real;
        try {
            real = root.toRealPath();
            if (!Files.readAttributes(real, BasicFileAttributes.class).isDirectory()) {
                return;
            }
        } catch (NoSuchFileException e) {
            return;
        }
        Path base = baseOf(root);
        if (!isAllowed(real, base)) {
            Path link = firstLinkOut(isInSite(root) ? siteDir : root, root, base);
            visitor.refused(link, externalLink(link, realOrSelf(link)));
            return;
        }
        List<Path> chain = new ArrayList<>();
        chain.add(real);
        walkFolder(root, base, suffix, chain, visitor);
    }

    /**
     * The warning for a file below {@code root} that must not be read because it, or a folder on its way from the
     * root, is a link out of the site; empty when it may be read (or does not exist). For files that reach a
     * stage one by one, such as the preview's changed files, not from a walk.
     */
    public Optional<Problem> findRefusal(Path root, Path file) {
        if (followExternalLinks) {
            return Optional.empty();
        }
        Path rootPath = root.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        Path base = baseOf(rootPath);
        if (isAllowed(real, base)) {
            return Optional.empty();
        }
        Path from = isInSite(rootPath) ? siteDir : rootPath;
        Path link = path.startsWith(from) ? firstLinkOut(from, path, base) : path;
        return Optional.of(externalLink(link, realOrSelf(link)));
    }

    /**
     * Why a file name in Chinese cannot be read or written under the locale C or POSIX, and what to do: the JVM names
     * files in the encoding of its locale ({@code sun.jnu.encoding}).
     */
    public static String unspellable() {
        return "the JVM names files in " + System.getProperty("sun.jnu.encoding", "an encoding") + ", which cannot"
                + " spell this name (the locale is C or POSIX, or not UTF-8); run Maven with a UTF-8 locale, such as"
                + " LC_ALL=C.UTF-8";
    }

    /**
     * {@link #findRefusal} of a file to be written below {@code root}, which need not exist yet: of the nearest
     * folder of its that does, so that a link out of the site on its way is found before anything is written.
     */
    public Optional<Problem> findRefusalToWrite(Path root, Path file) {
        Path rootPath = root.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        while (!path.equals(rootPath) && path.getParent() != null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            path = path.getParent();
        }
        return findRefusal(root, path);
    }

    /**
     * {@link #findRefusalToWrite} for the many files an import writes below {@code root}: the folder of each file not
     * there yet is looked up once, since every new file of a folder has the folder's answer. Whether a file is there
     * is asked of {@link java.io.File#exists}, which answers a missing file without the exception
     * {@link Files#exists} makes and drops for it: a first import asks it of every file it writes.
     */
    public Function<Path, Optional<Problem>> refusalsToWrite(Path root) {
        Map<Path, Optional<Problem>> byFolder = new ConcurrentHashMap<>();
        return file -> file.getParent() == null || file.toFile().exists()
                ? findRefusalToWrite(root, file)
                : byFolder.computeIfAbsent(file.getParent(), folder -> findRefusalToWrite(root, folder));
    }

    /**
     * The text with every control character (line breaks, tabs, C0 and C1 controls, Unicode line and paragraph
     * separators) written as an escape such as {@code \n} or {@code \u0007}, so that a file name shown in the log
     * stays on one line and shows what is in it.
     */
    static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** The path as problems name it: relative to the site, with forward slashes, escaped. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String shown = isInSite(absolute) && !absolute.equals(siteDir)
                ? siteDir.relativize(absolute).toString().replace(java.io.File.separatorChar, '/')
                : absolute.toString();
        return escaped(shown);
    }

    private void walkFolder(Path folder, Path base, String suffix, List<Path> chain, Visitor visitor)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (NoSuchFileException e) {
            return; // deleted while listed
        }
        Path real = chain.get(chain.size() - 1);
        for (Path entry : entries) {
            if (entry.getFileName().toString().indexOf('\uFFFD') >= 0) {
                // A name the JVM's file name encoding cannot read (a Chinese name under the locale C): no path
                // made from its text would name it again.
                visitor.refused(entry, Problem.error("site.file-name", display(entry), 0, "cannot be read: "
                        + unspellable()));
                continue;
            }
            if (!suffix.isEmpty() && entry.getFileName().toString().startsWith(".")) {
                // Hidden: a tool's own (._story.txt that macOS leaves beside a copy, .git), never a source or an
                // article. Static files keep theirs (.well-known, .htaccess).
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (attributes.isDirectory()) {
                // A folder reached without a link lies where its parent does: no need to look its location up.
                chain.add(real.resolve(entry.getFileName().toString()));
                walkFolder(entry, base, suffix, chain, visitor);
                chain.remove(chain.size() - 1);
            } else if (attributes.isRegularFile()) {
                String name = entry.getFileName().toString();
                if (name.endsWith(suffix)) {
                    visitor.file(entry, attributes);
                } else if (!suffix.isEmpty() && SiteFileNames.endsInCapitals(name, suffix)) {
                    visitor.refused(entry, SiteFileNames.wrongCase(display(entry), name, suffix));
                }
            } else if (attributes.isSymbolicLink()) {
                followLink(entry, base, suffix, chain, visitor);
            } else if (!suffix.isEmpty() && entry.getFileName().toString().endsWith(suffix)) {
                visitor.refused(entry, Problem.warning("site.not-a-file", display(entry), 0, "is no file (a pipe, a"
                        + " socket or a device) and is left out"));
            }
        }
    }

    private void followLink(Path link, Path base, String suffix, List<Path> chain, Visitor visitor)
            throws IOException {
        Path target;
        BasicFileAttributes attributes;
        try {
            target = link.toRealPath();
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            if (!suffix.isEmpty() && link.getFileName().toString().endsWith(suffix)) {
                visitor.refused(link, Problem.warning("site.broken-link", display(link), 0, "links to nothing that"
                        + " can be read (a file gone, or links that lead to each other), and is left out"));
            }
            return;
        }
        boolean file = attributes.isRegularFile();
        if (!(file && link.getFileName().toString().endsWith(suffix) || attributes.isDirectory())) {
            return;
        }
        if (!isAllowed(target, base)) {
            visitor.refused(link, externalLink(link, target));
        } else if (file) {
            visitor.file(link, attributes);
        } else if (chain.stream().anyMatch(folder -> folder.startsWith(target))) {
            visitor.refused(link, Problem.warning("site.link-loop", display(link), 0, "links to "
                    + escaped(target.toString()) + ", a folder that holds the link itself, and is left out;"
                    + " remove the link"));
        } else if (written.stream().anyMatch(folder -> isBelow(folder, target) || isBelow(target, folder))) {
            visitor.refused(link, Problem.warning("site.link-output", display(link), 0, "links to "
                    + escaped(target.toString()) + ", where Duet writes the site or its cache, and is left out;"
                    + " remove the link"));
        } else {
            chain.add(target);
            walkFolder(link, base, suffix, chain, visitor);
            chain.remove(chain.size() - 1);
        }
    }

    /** Where the files of a walk from {@code root} may lie: in the site, or in the root when it is outside. */
    private Path baseOf(Path root) {
        return isInSite(root) ? realSite : realOrSelf(root);
    }

    private boolean isAllowed(Path real, Path base) {
        return followExternalLinks || isBelow(real, realSite) || isBelow(real, base);
    }

    private boolean isInSite(Path path) {
        return isBelow(path, siteDir);
    }

    /** {@link Path#startsWith}, false for paths of other file systems (a theme inside a jar). */
    private static boolean isBelow(Path path, Path folder) {
        return path.getFileSystem() == folder.getFileSystem() && path.startsWith(folder);
    }

    /** The first path from {@code from} down to {@code to} whose real location is not allowed: the link out. */
    private Path firstLinkOut(Path from, Path to, Path base) {
        Path path = from;
        for (Path name : from.relativize(to)) {
            path = path.resolve(name.toString());
            if (!isAllowed(realOrSelf(path), base)) {
                return path;
            }
        }
        return to;
    }

    private Problem externalLink(Path link, Path target) {
        return Problem.warning("site.external-link", display(link), 0, "links to " + escaped(target.toString())
                + ", outside the site folder, and is left out; copy what it names into the site, or set"
                + " <followExternalLinks>true</followExternalLinks> (-Dduet.followExternalLinks=true) to follow"
                + " links that leave the site");
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
