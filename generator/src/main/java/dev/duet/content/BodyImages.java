package dev.duet.content;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The images a Markdown body shows ({@code ![alt](photo.jpg "title")}, or by reference), by their addresses as the
 * page gives them: found by the parser that renders the body, so that an address with brackets in it
 * ({@code photo(1).jpg}), in angle brackets or with escapes is read as the page reads it.
 */
public final class BodyImages {

    /**
     * The parser of {@code MarkdownRenderer}, with the same extensions: it reads images the same way. Made at its
     * first use, not when the class is first used: a body without an image needs none, and making one costs a
     * fresh JVM 0.1 s.
     */
    private static final class Holder {
        static final Parser PARSER = Parser.builder(new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    }

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
        Document document;
        try {
            document = Holder.PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // Nested too deep to parse: the build reports the body (content.markdown-depth), and renders no image.
            return out;
        }
        new NodeVisitor(
                new VisitHandler<>(com.vladsch.flexmark.ast.Image.class, image -> out.add(new Image(
                        image.getUrl().unescape(), image.getText().toString().strip(),
                        image.getStartLineNumber() + 1))),
                new VisitHandler<>(ImageRef.class, image -> {
                    Reference reference = image.getReferenceNode(document);
                    if (reference != null) {
                        out.add(new Image(reference.getUrl().unescape(), image.getText().toString().strip(),
                                image.getStartLineNumber() + 1));
                    }
                })).visit(document);
        return out;
    }
}
