package dev.duet.search;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * The words of a Markdown body without its syntax: link text without the address, emphasis without the stars.
 * Made once per build; thread-safe, as flexmark's parser is.
 */
final class PlainText {

    private final Parser parser = Parser.builder().build();

    String of(String markdown) {
        return new TextCollectingVisitor().collectAndGetText(parser.parse(markdown)).strip();
    }
}
