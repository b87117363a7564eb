package dev.duet.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The images a Markdown body shows ({@code ![alt](photo.jpg "title")}), by their addresses as written. */
public final class BodyImages {

    /** {@code ![alt](src "title")}: the alternative text and the address, in angle brackets or not. */
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[([^\\]\\n]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+[\"'(][^)]*)?\\)");

    /** An image of a body: its address, its alternative text, and the line of the body it is on (from 1). */
    public record Image(String src, String alt, int line) {
    }

    private BodyImages() {
    }

    /** Each image address of {@code markdown} once, in the order they first appear. */
    public static List<String> sources(String markdown) {
        if (!markdown.contains("![")) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        images(markdown).forEach(image -> out.add(image.src()));
        return new ArrayList<>(out);
    }

    /** Every image of {@code markdown}, in order. */
    public static List<Image> images(String markdown) {
        List<Image> out = new ArrayList<>();
        if (!markdown.contains("![")) {
            return out;
        }
        Matcher m = IMAGE.matcher(markdown);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (int i = counted; i < m.start(); i++) {
                if (markdown.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = m.start();
            out.add(new Image(m.group(2), m.group(1).strip(), line));
        }
        return out;
    }
}
