package dev.duet.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a cold import of the generated corpus costs at the least, for reading Duet's own figures against: two
 * programs that do part of import's work on the same files, in a fresh JVM, on two threads, and print their time.
 * Neither is a way to import; both assume the well-formed sources {@link Corpus} writes and check nothing.
 *
 * <ul>
 *   <li>{@code split}: reads each source, decodes it, cuts it at the marker line and writes the two halves as new
 *       files: the file work alone.</li>
 *   <li>{@code minimal}: what import does for such a file, and nothing else: the lines, the title, keywords,
 *       source address and views, the datelines, front matter with quoted values, paragraphs checked for markup,
 *       and the SHA-256 digest line. No other encodings, no problems, no journal, no batches.</li>
 * </ul>
 *
 * <pre>java -cp … dev.duet.benchmarks.ImportFloor split|minimal &lt;sourcesDir&gt; &lt;newOutputDir&gt;</pre>
 */
public final class ImportFloor {

    private static final int THREADS = 2;
    private static final String MARKUP = "\\`*_[]<>|~&";

    private ImportFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("split", "minimal").contains(args[0])) {
            System.err.println("usage: ImportFloor split|minimal <sourcesDir> <newOutputDir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        boolean minimal = args[0].equals("minimal");
        Path out = Path.of(args[2]);
        List<Path> sources;
        try (Stream<Path> found = Files.find(Path.of(args[1]), Integer.MAX_VALUE,
                (p, attributes) -> attributes.isRegularFile() && p.toString().endsWith(".txt"))) {
            sources = found.sorted().toList();
        }
        Files.createDirectories(out);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            Thread thread = new Thread(() -> {
                MessageDigest sha256 = sha256();
                for (int i = first; i < sources.size(); i += THREADS) {
                    try {
                        if (minimal) {
                            importOne(sources.get(i), out, sha256);
                        } else {
                            split(sources.get(i), out);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("%s: %,d sources in %,d ms inside the JVM%n", args[0], sources.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void split(Path source, Path out) throws IOException {
        String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        int marker = Math.max(0, text.indexOf("英语如下"));
        String name = source.getFileName().toString();
        write(out.resolve(name + ".zh.md"), text.substring(0, marker).getBytes(StandardCharsets.UTF_8));
        write(out.resolve(name + ".en.md"), text.substring(marker).getBytes(StandardCharsets.UTF_8));
    }

    private static void importOne(Path source, Path out, MessageDigest sha256) throws IOException {
        String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        String zhTitle = null;
        String enTitle = null;
        String headline = null;
        String url = "";
        String keywords = "";
        String views = "";
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        boolean english = false;
        boolean content = false;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            } else if (line.startsWith("英语如下")) {
                english = true;
            } else if (line.startsWith("**Title:")) {
                enTitle = line.substring(8, line.length() - 2).strip();
            } else if (line.startsWith("**News Content:**")) {
                content = true;
            } else if (line.startsWith("Keywords:")) {
                keywords = line.substring(9).strip();
            } else if (line.startsWith("【来源】")) {
                url = line.substring(4).strip();
            } else if (line.startsWith("Views:")) {
                views = line.substring(6).strip();
            } else if (!english) {
                if (zhTitle == null) {
                    zhTitle = line;
                } else {
                    zh.add(line);
                }
            } else if (content) {
                if (headline == null) {
                    headline = line;
                } else {
                    en.add(line);
                }
            }
        }
        // the corpus writes /yyyy/mm-dd/ paths
        int at = url.indexOf("/20");
        String year = url.substring(at + 1, at + 5);
        String date = year + "-" + url.substring(at + 6, at + 8) + "-" + url.substring(at + 9, at + 11);
        List<String> tags = new ArrayList<>();
        for (String keyword : keywords.split(",")) {
            String tag = keyword.strip();
            tag = tag.endsWith(".") ? tag.substring(0, tag.length() - 1) : tag;
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        String zhFirst = zh.get(0);
        int zhEnd = zhFirst.indexOf('电');
        String zhDateline = zhEnd > 0 && zhEnd < 40 ? zhFirst.substring(0, zhEnd + 1) : null;
        String enFirst = en.get(0);
        int enEnd = enFirst.indexOf(" -- ");
        String enDateline = enEnd > 0 && enEnd < 80 ? enFirst.substring(0, enEnd) : null;
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < enTitle.length() && slug.length() < 80; i++) {
            char c = Character.toLowerCase(enTitle.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        Path folder = out.resolve(year);
        Files.createDirectories(folder);
        String file = source.getFileName().toString();
        write(folder.resolve(slug + ".zh.md"), withDigest(frontMatter(zhTitle, "zh", date, slug.toString(), tags,
                zhDateline, null, url, views, file), zh, sha256));
        write(folder.resolve(slug + ".en.md"), withDigest(frontMatter(enTitle, "en", date, slug.toString(), tags,
                enDateline, headline, url, views, file), en, sha256));
    }

    private static String frontMatter(String title, String lang, String date, String slug, List<String> tags,
            String dateline, String headline, String url, String views, String file) {
        StringBuilder out = new StringBuilder(1024).append("---\n");
        field(out, "title", title);
        field(out, "lang", lang);
        field(out, "date", date);
        field(out, "slug", slug);
        out.append("tags:\n");
        for (String tag : tags) {
            out.append("  - ");
            quote(out, tag);
            out.append('\n');
        }
        field(out, "headline", headline);
        field(out, "dateline", dateline);
        out.append("source:\n");
        field(out, "  url", url);
        out.append("views: ").append(views).append('\n');
        field(out, "sourceFile", file);
        return out.toString();
    }

    private static void field(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ");
            quote(out, value);
            out.append('\n');
        }
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** The front matter, its digest line and closing line, and the paragraphs, as UTF-8. */
    private static byte[] withDigest(String frontMatter, List<String> paragraphs, MessageDigest sha256) {
        StringBuilder rest = new StringBuilder(8192).append("---\n");
        for (String paragraph : paragraphs) {
            rest.append('\n');
            if (isPlain(paragraph)) {
                rest.append(paragraph);
            } else {
                rest.append(paragraph.replace("*", "\\*"));
            }
            rest.append('\n');
        }
        byte[] head = frontMatter.getBytes(StandardCharsets.UTF_8);
        byte[] tail = rest.toString().getBytes(StandardCharsets.UTF_8);
        sha256.update(head);
        sha256.update(tail);
        byte[] line = ("importDigest: \"sha256:" + HexFormat.of().formatHex(sha256.digest()) + "\"\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + line.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(line, 0, bytes, head.length, line.length);
        System.arraycopy(tail, 0, bytes, head.length + line.length, tail.length);
        return bytes;
    }

    private static boolean isPlain(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c < 0x80 && MARKUP.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
