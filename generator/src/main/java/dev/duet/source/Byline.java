package dev.duet.source;

import java.util.List;
import java.util.Optional;

/**
 * Who filed a story, where and when, as the first paragraph says: {@code 中新社阿斯塔纳5月21日电 (记者 单璐 张硕)} gives
 * dateline {@code 中新社阿斯塔纳5月21日电}, agency {@code 中新社}, reporters {@code [单璐, 张硕]};
 * {@code BEIJING, May 21 (Xinhua) --} gives dateline {@code BEIJING, May 21}, agency {@code Xinhua}.
 */
public record Byline(Optional<String> dateline, Optional<String> agency, List<String> reporters) {

    public Byline {
        reporters = List.copyOf(reporters);
    }

    static Byline none() {
        return new Byline(Optional.empty(), Optional.empty(), List.of());
    }
}
