package dev.duet.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The images a Markdown body shows ({@code ![alt](photo.jpg "title")}), by their addresses as written. */
public final class BodyImages {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+[\"'(][^)]*)?\\)");

    private BodyImages() {
    }

    /** Each image address of {@code markdown} once, in the order they first appear. */
    public static List<String> sources(String markdown) {
        if (!markdown.contains("![")) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = IMAGE.matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return new ArrayList<>(out);
    }
}
