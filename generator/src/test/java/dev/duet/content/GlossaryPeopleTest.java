package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary's {@code people:} block names reporters in both languages, beside the tags it always named. */
class GlossaryPeopleTest {

    @TempDir
    Path dir;

    private Glossary read(String yaml, List<Problem> problems) throws IOException {
        Path file = dir.resolve("glossary.yaml");
        Files.writeString(file, yaml);
        return Glossary.read(dir, Optional.of(file), problems);
    }

    @Test
    void readsPeopleBesideTagsAndFindsThemByEitherName() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Glossary glossary = read("Wang Yi: 王毅\npeople:\n  Shan Lu: 单璐\n  \"Zhang  Shuo\": 张硕\n", problems);
        assertEquals(List.of(), problems);
        assertEquals("单璐", glossary.findPerson("Shan Lu").orElseThrow().zh());
        assertEquals("Shan Lu", glossary.findPerson(" 单璐 ").orElseThrow().en());
        assertEquals("张硕", glossary.findPerson("zhang shuo").orElseThrow().zh());
        // People are not tags, and tags are not people.
        assertTrue(glossary.find("Shan Lu").isEmpty());
        assertTrue(glossary.findPerson("Wang Yi").isEmpty());
        assertEquals(1, glossary.entries().size());
    }

    @Test
    void aTagCalledPeopleIsStillATag() throws IOException {
        Glossary glossary = read("people: 人民\n", new ArrayList<>());
        assertEquals("人民", glossary.find("people").orElseThrow().zh());
    }

    @Test
    void aPersonWithoutTwoNamesIsAWarning() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Glossary glossary = read("people:\n  Shan Lu: 单璐\n  Li Ming:\n", problems);
        assertEquals(List.of("glossary.entry"), problems.stream().map(Problem::code).toList());
        assertTrue(glossary.findPerson("单璐").isPresent());
    }

    @Test
    void theShippedSectionsNameChinanewsChannelsOnBothDomains() {
        SectionMap map = SectionMap.builtIn();
        assertEquals("国内", map.ofSource("http://www.chinanews.com/gn/2024/05-21/10220988.shtml").orElseThrow().zh());
        assertEquals("Hong Kong & Macao", map.ofSource("https://www.chinanews.com.cn/ga/2023/10-23/1.shtml")
                .orElseThrow().en());
        assertEquals("cj", map.named("Business").orElseThrow().slug());
        assertTrue(map.ofSource("https://www.chinanews.com/2024/05-21/1.shtml").isEmpty());
        assertTrue(map.ofSource("https://example.org/gn/1.html").isEmpty());
    }
}
