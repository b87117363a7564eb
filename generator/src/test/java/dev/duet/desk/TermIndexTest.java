package dev.duet.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.content.Glossary;
import dev.duet.diagnostic.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossary terms found in a text: Chinese by characters, English as whole words in any case and number. */
class TermIndexTest {

    @TempDir
    Path dir;

    private TermIndex index(String yaml) throws Exception {
        Path file = dir.resolve("glossary.yaml");
        Files.writeString(file, yaml);
        List<Problem> problems = new ArrayList<>();
        Glossary glossary = Glossary.read(dir, Optional.of(file), problems);
        assertEquals(List.of(), problems);
        return new TermIndex(glossary);
    }

    private static Set<String> zh(Set<TermIndex.Term> terms) {
        return terms.stream().map(t -> t.entry().zh()).collect(Collectors.toSet());
    }

    @Test
    void findsEachLanguagesNamesAndTheBracketedAbbreviation() throws Exception {
        TermIndex index = index("""
                Shanghai Cooperation Organization (SCO): 上海合作组织
                new energy vehicles: 新能源汽车
                China: 中
                """);

        assertEquals(Set.of("上海合作组织", "新能源汽车"), zh(index.inChinese("上海合作组织成员国推动新能源汽车合作，中方表示欢迎。")));
        assertEquals(Set.of("上海合作组织"), zh(index.inEnglish("The SCO met in Astana.")));
        assertEquals(Set.of("上海合作组织"), zh(index.inEnglish("the shanghai cooperation organization's members")));
        assertEquals(Set.of("新能源汽车"), zh(index.inEnglish("New-energy vehicle exports grew.")));
        assertEquals(Set.of(), zh(index.inEnglish("The SCOPE of the meeting; China spoke.")),
                "whole words only, and a one-character name is never looked for");
    }
}
