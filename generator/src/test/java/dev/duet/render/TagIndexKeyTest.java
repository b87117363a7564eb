package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.model.Tag;
import dev.duet.model.TagPage;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The initial a name is filed under in a split index. */
class TagIndexKeyTest {

    private final Collator chinese = Collator.getInstance(Locale.CHINA);

    @Test
    void commonNamesGoUnderTheirPinyinInitial() {
        assertEquals("w", TagIndex.key("王悦", chinese));
        assertEquals("c", TagIndex.key("陳嘉", chinese), "a Traditional name as its Simplified form");
        assertEquals("a", TagIndex.key("apple", chinese));
        assertEquals(TagIndex.DIGITS, TagIndex.key("2024", chinese));
        assertEquals(TagIndex.OTHER, TagIndex.key("—", chinese));
    }

    /** Surnames the collator sorts after its table of common characters went under "other". */
    @Test
    void surnamesOutsideTheCollatorsTableGoUnderTheirInitialToo() {
        assertEquals("q", TagIndex.key("覃志明", chinese));
        assertEquals("y", TagIndex.key("闫晓", chinese));
        assertEquals("k", TagIndex.key("邝文", chinese));
        for (String name : new String[] {"奚x", "岑c", "窦d", "裘q", "褚c", "贲b", "酆f", "闵m"}) {
            assertEquals(name.substring(1), TagIndex.key(name.substring(0, 1) + "伟", chinese), name);
        }
    }

    /**
     * A reporter's surname read as a surname: 单璐 (Shan Lu) was filed under D, where the collator reads 单 as dān; a
     * tag of the same character keeps its word's reading.
     */
    @Test
    void aReportersSurnameReadOtherwiseAsAWordGoesUnderItsSurnamesInitial() {
        List<TagPage> names = new ArrayList<>();
        for (String name : new String[] {"单璐", "翟晓", "解放", "區志明", "查理"}) {
            names.add(new TagPage(new Tag(name, name, name), "zh/reporters/" + name + "/", List.of(),
                    Optional.empty()));
        }
        for (int i = 0; names.size() <= 300; i++) {
            names.add(new TagPage(new Tag("w" + i, "w" + i, "王" + i), "zh/reporters/w" + i + "/", List.of(),
                    Optional.empty()));
        }
        Map<String, List<String>> people = new TreeMap<>();
        TagIndex.groups(names, true).forEach(g -> people.put(g.key(), g.tags().stream().map(t -> t.tag().name())
                .filter(n -> !n.startsWith("王")).toList()));
        assertEquals(List.of("单璐"), people.get("s"));
        assertEquals(List.of("翟晓", "查理"), people.get("z"));
        assertEquals(List.of("解放"), people.get("x"));
        assertEquals(List.of("區志明"), people.get("o"));
        Map<String, List<String>> tags = new TreeMap<>();
        TagIndex.groups(names, false).forEach(g -> tags.put(g.key(), g.tags().stream().map(t -> t.tag().name())
                .filter(n -> !n.startsWith("王")).toList()));
        assertEquals(List.of("单璐", "翟晓"), tags.get("d"), "a tag reads its word: " + tags);
    }
}
