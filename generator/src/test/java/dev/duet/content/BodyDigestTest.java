package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A body's digest and UTF-8 length, made without encoding its text. */
class BodyDigestTest {

    @Test
    void theUtf8LengthIsWhatTheEncoderGivesForEveryKindOfCharacter() {
        for (String text : List.of("", "plain", "é", "中文", "😀", "a😀b", "\uD83D", "\uDE00", "\uDE00\uD83D", "x\uD83D",
                "\u0000\u007F\u0080\u07FF\u0800\uFFFF", "上海合作组织 SCO 2024年5月20日")) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Body.utf8Length(text), text);
        }
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                int kind = random.nextInt(5);
                chars[i] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
            }
            String text = new String(chars);
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Body.utf8Length(text), text);
        }
    }

    @Test
    void bodiesDifferingInOneCharacterHaveDifferentDigestsAndEqualTextsEqualOnes() {
        Body one = Body.of("上海合作组织成员国外长会议今天在阿斯塔纳举行。");
        assertEquals(one.digest(), Body.of("上海合作组织成员国外长会议今天在阿斯塔纳举行。").digest());
        assertEquals(32, one.digest().length());
        assertNotEquals(one.digest(), Body.of("上海合作组织成员国外长会议昨天在阿斯塔纳举行。").digest());
        assertEquals("f4a9aa2b8d3ee29e4ed1ce7aea5e4dbe".length(), one.sha256().length());
        assertEquals(one, Body.of("上海合作组织成员国外长会议今天在阿斯塔纳举行。"));
    }
}
