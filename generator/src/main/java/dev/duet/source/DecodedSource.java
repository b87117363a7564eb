package dev.duet.source;

import dev.duet.diagnostic.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A source file's bytes turned into text by {@link SourceDecoder}: byte order mark removed, line breaks made
 * {@code \n}, the encoding that was used named in lower case, and whatever went wrong on the way. When the bytes
 * could not be read as text at all (binary, too large), the text is empty and the problems say why.
 *
 * @param text the decoded text with {@code \n} line breaks
 * @param encoding the encoding used, lower case ({@code utf-8}, {@code gb18030}, {@code big5}, {@code utf-16le}…)
 * @param problems what was wrong with the bytes
 */
record DecodedSource(String text, String encoding, List<Problem> problems) {

    DecodedSource {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        problems = List.copyOf(problems);
    }
}
