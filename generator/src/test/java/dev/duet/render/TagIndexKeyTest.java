package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.Locale;
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
}
