package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.source.ArticleText;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-import reads only what it needs of the article files on disk: a file exactly as import wrote it without
 * parsing its YAML, any other in full. Both ways must agree on every file: which files count, their pair names and
 * sources.
 */
class ExistingArticleTest {

    @TempDir
    Path site;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ExistingArticleTest.class.getResourceAsStream("/source/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Every language of every fixture as import writes it, by file name. */
    static Map<String, String> imported() throws IOException {
        SourceParser parser = new SourceParser();
        Map<String, String> texts = new LinkedHashMap<>();
        String[] names = {"full-article.txt", "en-only.txt", "markdown-like.txt", "traditional.txt", "zh-only.txt"};
        for (String name : names) {
            ImportedArticle article = parser.parse("sources/" + name, fixture(name));
            for (Optional<ArticleText> text : List.of(article.zh(), article.en())) {
                text.ifPresent(t -> texts.put(name.replace(".txt", "") + "." + t.language() + ".md",
                        ImportedFile.text(article, t, "a-slug")));
            }
        }
        // values that YAML refuses or that are written with escapes
        ImportedArticle odd = parser.parse("sources/odd \"name\\.txt", ("标题\uFFFE二\n正文。\n英语如下：\n"
                + "**Title: A \"quoted\" title**\nText.\n【来源】https://www.news.cn/2024-05/21/c_1.htm\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Optional<ArticleText> text : List.of(odd.zh(), odd.en())) {
            text.ifPresent(t -> texts.put("odd." + t.language() + ".md", ImportedFile.text(odd, t, "odd")));
        }
        return texts;
    }

    private static Map<String, UnaryOperator<String>> edits() {
        Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
        edits.put("as-written", s -> s);
        edits.put("body-edited", s -> s + "\nAn added line.\n");
        edits.put("crlf", s -> s.replace("\n", "\r\n"));
        edits.put("lone-cr", s -> s.replace("\n", "\r"));
        edits.put("bom", s -> "\uFEFF" + s);
        edits.put("digest-moved", s -> {
            int at = s.indexOf("importDigest:");
            String line = s.substring(at, s.indexOf('\n', at) + 1);
            return s.replace(line, "") + line;
        });
        edits.put("digest-removed", s -> s.replaceAll("importDigest: .*\n", ""));
        edits.put("title-edited", s -> s.replaceFirst("title: \"", "title: \"Edited "));
        edits.put("source-unquoted", s -> s.replaceFirst("sourceFile: \"([^\"]*)\"", "sourceFile: $1"));
        edits.put("yaml-broken", s -> s.replaceFirst("title: ", "title: [unclosed "));
        edits.put("lang-unknown", s -> s.replaceFirst("lang: \"", "lang: \"x"));
        edits.put("no-front-matter", s -> s.substring(4));
        edits.put("blank-title", s -> s.replaceFirst("title: \"[^\n]*\"", "title: \"  \""));
        return edits;
    }

    @Test
    void readsEveryFileAsAFullReadDoes() throws IOException {
        List<String> fast = new ArrayList<>();
        for (Map.Entry<String, String> file : imported().entrySet()) {
            for (Map.Entry<String, UnaryOperator<String>> edit : edits().entrySet()) {
                Path path = site.resolve("articles/2024/" + edit.getKey() + "-" + file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, edit.getValue().apply(file.getValue()).getBytes(StandardCharsets.UTF_8));

                Optional<ArticleOnDisk> read = ArticleOnDisk.read(site, path);
                Optional<ArticleOnDisk> full = new ContentReader().read(site, path).files().stream()
                        .findFirst().map(ArticleOnDisk::of);

                String what = edit.getKey() + " " + file.getKey();
                assertEquals(full.map(e -> List.of(e.path(), e.pairName(), e.sourceFile(), e.sourceUrl())),
                        read.map(e -> List.of(e.path(), e.pairName(), e.sourceFile(), e.sourceUrl())), what);
                if (read.isPresent() && List.of("as-written", "body-edited", "crlf").contains(edit.getKey())) {
                    // what import wrote for each field, read from the digest line of a file edited or not
                    assertEquals(full.map(ArticleOnDisk::importedAs),
                            read.map(ArticleOnDisk::importedAs), what);
                    assertTrue(read.get().importedAs().matches("[0-9a-f]{32} [0-9a-f]{8}"), what);
                }
                if (read.flatMap(ArticleOnDisk::importDigest).isPresent()) {
                    fast.add(what);
                    assertEquals(ImportedText.digest(Files.readString(path)), read.get().importDigest().get(), what);
                }
            }
        }
        // only files exactly as import wrote them, with values read as they are, skip the full read
        assertTrue(fast.stream().allMatch(f -> f.startsWith("as-written ")), fast.toString());
        assertTrue(fast.contains("as-written full-article.zh.md"), fast.toString());
        assertTrue(fast.contains("as-written full-article.en.md"), fast.toString());
        assertTrue(fast.stream().noneMatch(f -> f.contains("odd.")), "escaped or refused values: " + fast);
    }

    @Test
    void rendersTheSameBytesAsTheTextWithTheDigestTheyCarry() throws IOException {
        SourceParser parser = new SourceParser();
        for (String name : new String[] {"full-article.txt", "en-only.txt", "markdown-like.txt", "traditional.txt",
            "zh-only.txt"}) {
            ImportedArticle article = parser.parse("sources/" + name, fixture(name));
            for (Optional<ArticleText> text : List.of(article.zh(), article.en())) {
                if (text.isPresent()) {
                    String expected = ImportedFile.text(article, text.get(), "slug-2");
                    ImportedFile rendered = ImportedFile.of(article, text.get(), "slug-2");
                    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), rendered.bytes(), name);
                    assertEquals(ImportedText.digest(expected), rendered.digest(), name);
                }
            }
        }
    }
}
