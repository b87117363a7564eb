package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problems;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of a field-by-field merge: each field's digest, and a front matter edited one block at a time. */
class FieldMergeTest {

    @Test
    void theFieldDigestsOfAFileReadBackAreTheOnesImportWroteIntoIt() throws Exception {
        for (Map.Entry<String, String> file : ExistingArticleTest.imported().entrySet()) {
            String text = file.getValue();
            Problems problems = new Problems();
            ContentFile read = new ContentReader().read(file.getKey(), text.getBytes(StandardCharsets.UTF_8),
                    problems).orElseThrow(() -> new AssertionError(problems.toList().toString()));
            String body = ArticleFileText.split(file.getKey(), text.getBytes(StandardCharsets.UTF_8), problems)
                    .orElseThrow().body();
            Optional<FieldDigests> written = FieldDigests.parse(ImportedText.digestValue(text));
            assertTrue(written.isPresent(), text);
            assertEquals(written.get(), FieldDigests.of(read.frontMatter(), body), file.getKey());
            assertEquals(ImportedField.values().length + 1, written.get().digests().size());
        }
    }

    @Test
    void aFileFromAnEarlierImportHasNoFieldDigests() {
        assertEquals(Optional.empty(), FieldDigests.parse("sha256:" + "0".repeat(64)));
    }

    @Test
    void replacesOneBlockAndLeavesEveryOtherLineAsTheEditorWroteIt() {
        String yaml = """
                title: "标题"
                # a comment the editor wrote
                tags: [a, b]
                views: 12
                summary: >
                  folded text
                importDigest: "sha256:x"
                """;
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("views", "views: 20\n");
        replacements.put("importDigest", "importDigest: \"sha256:y\"\n");

        assertEquals(Optional.of(yaml.replace("views: 12", "views: 20").replace("sha256:x", "sha256:y")),
                FrontMatterEdit.replace(yaml, replacements));
    }

    @Test
    void aCommentAfterAValueStaysWhenTheValueIsUpdated() {
        String yaml = """
                title: "标题 # not a comment"   # the desk's title
                views: 2000   # views from the CMS
                date: "2024-05-21" # it's a quote
                importDigest: "sha256:x"
                """;
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("title", "title: \"新标题\"\n");
        replacements.put("views", "views: 3000\n");
        replacements.put("date", "date: \"2024-05-22\"\n");

        assertEquals(Optional.of("""
                title: "新标题"   # the desk's title
                views: 3000   # views from the CMS
                date: "2024-05-22" # it's a quote
                importDigest: "sha256:x"
                """), FrontMatterEdit.replace(yaml, replacements));
    }

    @Test
    void addsAMissingFieldAfterTheFieldBeforeItAndRemovesOneTheSourceDropped() {
        String yaml = """
                title: "标题"
                lang: "zh"
                slug: "s"
                tags:
                  - "a"
                agency: "新华社"
                """;
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("date", "date: \"2024-03-15\"\n");
        replacements.put("agency", "");

        assertEquals(Optional.of("""
                title: "标题"
                lang: "zh"
                date: "2024-03-15"
                slug: "s"
                tags:
                  - "a"
                """), FrontMatterEdit.replace(yaml, replacements));
    }

    @Test
    void leavesTheFileAloneWhenTheEditCannotBeMadeInPlace() {
        // A quoted key is not found as a block, and adding another would repeat the key.
        assertEquals(Optional.empty(), FrontMatterEdit.replace("\"views\": 12\n", Map.of("views", "views: 20\n")));
        // Not YAML at all.
        assertEquals(Optional.empty(), FrontMatterEdit.replace("title: [unclosed\n", Map.of("views", "views: 2\n")));
    }
}
