package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A direction override left open in a title is closed at its end, so the site's name after it reads as written. */
class DirectionMarksTest {

    @Test
    void closesWhatATitleLeavesOpenAndLeavesTheRest() {
        String balanced = "标题 \u202eבדיקה\u202c 完";
        assertSame(balanced, DirectionMarks.closed(balanced));
        assertEquals("标题 \u202eבדיקה\u202c", DirectionMarks.closed("标题 \u202eבדיקה"));
        assertEquals("a \u2067b\u202ac\u202c\u2069", DirectionMarks.closed("a \u2067b\u202ac"));
        assertEquals("plain \u202c title", DirectionMarks.closed("plain \u202c title"), "a stray close opens nothing");
    }
}
