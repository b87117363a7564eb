package dev.duet.check;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.RecordInput;
import dev.duet.io.RecordOutput;
import dev.duet.output.FileStamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last check found in each file of the site, by the file's stamp (size and time), so that a check parses
 * only the files written since: a page's own problems, the files its links point into and what the checks across
 * pages need of it; a feed's or sitemap's problems and the URLs it lists. The checks across pages (links to files
 * that are gone, anchors, translations both ways, the base URL) run on every check, on what is kept here. A page one
 * of whose links points to a file that is not there is parsed again, for the message that quotes the link.
 *
 * <p>The memo lives in the cache folder, for one base URL and one version of Duet; one that is missing, of another
 * base URL or version, cut short or damaged is ignored, and every file is parsed. A file changed within two seconds
 * of the check's start is not kept: a file system that keeps times in coarse steps could give it the same stamp after
 * a later change.
 */
final class CheckMemo {

    static final String FILE_NAME = "check-memo.bin";
    private static final String MAGIC = "duet-check-memo 1";

    /**
     * What a page's own checks found, and what the checks across pages need of it.
     *
     * @param page its ids, links into fragments, hreflang alternates and canonical link
     * @param problems its problems but broken links
     * @param targets the files its links point into, each once
     */
    record PageFacts(SiteCheck.Page page, List<Problem> problems, List<String> targets) {
    }

    /** What a feed's or sitemap's check found: its problems, and the URLs a sitemap lists. */
    record XmlFacts(List<Problem> problems, List<String> urls) {
    }

    private record Kept<T>(FileStamp stamp, T facts) {
    }

    private final String key;
    private final Map<String, Kept<PageFacts>> pages;
    private final Map<String, Kept<XmlFacts>> xml;

    private CheckMemo(String key, Map<String, Kept<PageFacts>> pages, Map<String, Kept<XmlFacts>> xml) {
        this.key = key;
        this.pages = pages;
        this.xml = xml;
    }

    /** An empty memo for the check {@code key} names, to fill as the check goes. */
    static CheckMemo empty(String key) {
        return new CheckMemo(key, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** The regular files of the output (and links to them), by path relative to it, with their stamps. */
    static SortedMap<String, FileStamp> list(Path root) throws IOException {
        SortedMap<String, FileStamp> stamps = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    stamps.put(relative(root, file), FileStamp.of(attributes));
                } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    stamps.put(relative(root, file), FileStamp.read(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return stamps;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The facts of a page as the last check found them, when the page still has that stamp; the memo lets go of
     * them either way, so that what a check keeps is held once while the next memo is made.
     */
    Optional<PageFacts> takePage(String path, FileStamp stamp) {
        Kept<PageFacts> kept = pages.remove(path);
        return kept != null && kept.stamp().equals(stamp) ? Optional.of(kept.facts()) : Optional.empty();
    }

    /** The facts of a feed or sitemap as the last check found them, when it still has that stamp; let go of. */
    Optional<XmlFacts> takeXml(String path, FileStamp stamp) {
        Kept<XmlFacts> kept = xml.remove(path);
        return kept != null && kept.stamp().equals(stamp) ? Optional.of(kept.facts()) : Optional.empty();
    }

    /** True when no file is left in the memo: every file it held was taken. */
    boolean isEmpty() {
        return pages.isEmpty() && xml.isEmpty();
    }

    void keepPage(String path, FileStamp stamp, PageFacts facts) {
        pages.put(path, new Kept<>(stamp, facts));
    }

    void keepXml(String path, FileStamp stamp, XmlFacts facts) {
        xml.put(path, new Kept<>(stamp, facts));
    }

    /** The memo in {@code file}, or an empty one when it is missing, of another key, or damaged. */
    static CheckMemo load(Path file, String key) {
        try (FileChannel channel = FileChannel.open(file)) {
            long length = channel.size();
            InputStream source = Channels.newInputStream(channel);
            RecordInput in = new RecordInput(source, length - Long.BYTES, 1 << 16);
            if (!in.readString().equals(MAGIC) || !in.readString().equals(key)) {
                return empty(key);
            }
            String[] table = new String[in.readCount()];
            for (int i = 0; i < table.length; i++) {
                table[i] = in.readString();
            }
            Map<String, Kept<PageFacts>> pages = new ConcurrentHashMap<>();
            for (int n = in.readCount(); n > 0; n--) {
                String path = table[index(in, table)];
                FileStamp stamp = new FileStamp(in.getLong(), in.getLong());
                List<Problem> problems = problems(in, path);
                Set<String> ids = Set.copyOf(in.readStrings());
                List<SiteCheck.Anchor> anchors = new ArrayList<>();
                for (int a = in.readCount(); a > 0; a--) {
                    anchors.add(new SiteCheck.Anchor(in.readString(), new SiteCheck.Target(table[index(in, table)],
                            in.readString())));
                }
                List<SiteCheck.Alternate> alternates = new ArrayList<>();
                for (int a = in.readCount(); a > 0; a--) {
                    String hreflang = in.readString();
                    Optional<SiteCheck.Target> target = in.get() == 1
                            ? Optional.of(new SiteCheck.Target(table[index(in, table)], in.readString()))
                            : Optional.empty();
                    alternates.add(new SiteCheck.Alternate(hreflang, target));
                }
                Optional<String> canonical = in.get() == 1 ? Optional.of(in.readString()) : Optional.empty();
                List<String> targets = new ArrayList<>();
                for (int t = in.readCount(); t > 0; t--) {
                    targets.add(table[index(in, table)]);
                }
                pages.put(path, new Kept<>(stamp, new PageFacts(new SiteCheck.Page(path, ids, List.copyOf(anchors),
                        List.copyOf(alternates), canonical), problems, List.copyOf(targets))));
            }
            Map<String, Kept<XmlFacts>> xml = new ConcurrentHashMap<>();
            for (int n = in.readCount(); n > 0; n--) {
                String path = table[index(in, table)];
                FileStamp stamp = new FileStamp(in.getLong(), in.getLong());
                xml.put(path, new Kept<>(stamp, new XmlFacts(problems(in, path), List.copyOf(in.readStrings()))));
            }
            in.finish();
            return new CheckMemo(key, pages, xml);
        } catch (IOException | RuntimeException e) {
            // None yet, or damaged, cut short or of another version: every file is parsed.
            return empty(key);
        }
    }

    /** Writes the memo to {@code file}, replacing the one there at once. */
    void save(Path file) throws IOException {
        // Every path a fact names, each once, in path order: an entry names them by their place in it.
        Map<String, Integer> table = new HashMap<>();
        pages.forEach((path, kept) -> {
            table.put(path, 0);
            kept.facts().targets().forEach(t -> table.put(t, 0));
            kept.facts().page().anchors().forEach(a -> table.put(a.target().file(), 0));
            kept.facts().page().alternates().forEach(a -> a.target().ifPresent(t -> table.put(t.file(), 0)));
        });
        xml.keySet().forEach(path -> table.put(path, 0));
        String[] paths = table.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        for (int i = 0; i < paths.length; i++) {
            table.put(paths[i], i);
        }
        Files.createDirectories(file.getParent());
        new AtomicWriter().write(file, sink -> {
            RecordOutput out = new RecordOutput(sink, 1 << 16);
            out.writeString(MAGIC);
            out.writeString(key);
            out.writeInt(paths.length);
            for (String path : paths) {
                out.writeString(path);
            }
            out.writeInt(pages.size());
            // The entries in path order, through the sorted table: no sorted copy of the memo is made.
            for (String path : paths) {
                Kept<PageFacts> kept = pages.get(path);
                if (kept == null) {
                    continue;
                }
                PageFacts facts = kept.facts();
                SiteCheck.Page page = facts.page();
                out.writeInt(table.get(path));
                stamp(out, kept.stamp());
                problems(out, facts.problems());
                out.writeStrings(page.ids().stream().sorted().toList());
                out.writeInt(page.anchors().size());
                for (SiteCheck.Anchor anchor : page.anchors()) {
                    out.writeString(anchor.link());
                    out.writeInt(table.get(anchor.target().file()));
                    out.writeString(anchor.target().fragment());
                }
                out.writeInt(page.alternates().size());
                for (SiteCheck.Alternate alternate : page.alternates()) {
                    out.writeString(alternate.hreflang());
                    out.writeBoolean(alternate.target().isPresent());
                    if (alternate.target().isPresent()) {
                        out.writeInt(table.get(alternate.target().get().file()));
                        out.writeString(alternate.target().get().fragment());
                    }
                }
                out.writeBoolean(page.canonical().isPresent());
                if (page.canonical().isPresent()) {
                    out.writeString(page.canonical().get());
                }
                out.writeInt(facts.targets().size());
                for (String target : facts.targets()) {
                    out.writeInt(table.get(target));
                }
            }
            out.writeInt(xml.size());
            for (String path : paths) {
                Kept<XmlFacts> kept = xml.get(path);
                if (kept != null) {
                    out.writeInt(table.get(path));
                    stamp(out, kept.stamp());
                    problems(out, kept.facts().problems());
                    out.writeStrings(kept.facts().urls());
                }
            }
            out.finish();
        });
    }

    private static void stamp(RecordOutput out, FileStamp stamp) throws IOException {
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
    }

    private static void problems(RecordOutput out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            out.writeBoolean(problem.isError());
            out.writeString(problem.code());
            out.writeString(problem.message());
        }
    }

    private static List<Problem> problems(RecordInput in, String path) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (int n = in.readCount(); n > 0; n--) {
            boolean error = in.get() == 1;
            String code = in.readString();
            String message = in.readString();
            problems.add(error ? Problem.error(code, path, 0, message) : Problem.warning(code, path, 0, message));
        }
        return List.copyOf(problems);
    }

    private static int index(RecordInput in, String[] table) throws IOException {
        int index = in.getInt();
        if (index < 0 || index >= table.length) {
            throw new IOException("damaged");
        }
        return index;
    }
}
