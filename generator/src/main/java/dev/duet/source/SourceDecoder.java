package dev.duet.source;

import dev.duet.diagnostic.Problem;
import dev.duet.io.StrictText;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a source file's bytes into text, never guessing silently. The order is: a byte order mark (UTF-8, UTF-16LE,
 * UTF-16BE) wins; then strict UTF-8; then, when the bytes are mostly good UTF-8 with a few bad bytes, damaged UTF-8
 * reported at the line of the first bad byte; otherwise the charset detector, which picks Big5 when it says so and
 * GB18030 (a superset of GBK and GB2312) for everything else. Line breaks become {@code \n}. Binary files and files
 * too large to be an article are refused with a problem instead of text. Thread-safe: it holds no state.
 */
final class SourceDecoder {

    /** Far above any news article; refusing earlier keeps a stray video or database dump from filling memory. */
    /** As large as an article file may be: a larger source would make articles the build refuses. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /** The detector decides within a few kilobytes; feeding it more only costs time. */
    private static final int DETECTOR_SAMPLE = 64 * 1024;

    /** Enough characters to tell text from binary. */
    private static final int CONTROL_SAMPLE = 64 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    DecodedSource decode(String sourceFile, byte[] bytes) {
        String file = sourceFile == null ? "" : sourceFile;
        byte[] in = bytes == null ? new byte[0] : bytes;
        List<Problem> problems = new ArrayList<>();
        if (in.length > MAX_BYTES) {
            problems.add(Problem.error("source.too-large", file, 0, "file is " + in.length + " bytes, more than the "
                    + (MAX_BYTES >> 20) + " MB a source file may hold (an article file may hold no more), and far more"
                    + " than a news article; check it is a source file, or move it out of the import folder"));
            return new DecodedSource("", "unknown", problems);
        }
        if (startsWith(in, 0xEF, 0xBB, 0xBF)) {
            return finish(file, decodeWithBom(file, in, StandardCharsets.UTF_8, "utf-8", problems), "utf-8", problems);
        }
        if (startsWith(in, 0xFF, 0xFE, 0, 0)) { // UTF-32's mark, whose first half is UTF-16's
            problems.add(binary(file, in));
            return new DecodedSource("", "unknown", problems);
        }
        if (startsWith(in, 0xFF, 0xFE)) {
            return finish(file, decodeWithBom(file, in, StandardCharsets.UTF_16LE, "utf-16le", problems), "utf-16le",
                    problems);
        }
        if (startsWith(in, 0xFE, 0xFF)) {
            return finish(file, decodeWithBom(file, in, StandardCharsets.UTF_16BE, "utf-16be", problems), "utf-16be",
                    problems);
        }
        String utf8 = new String(in, StandardCharsets.UTF_8);
        TextScan scan = TextScan.of(utf8);
        if (scan.wellFormedUtf8()) {
            // No byte order mark was found above, so the text cannot start with one: nothing to strip.
            return finish(file, utf8, scan, "utf-8", problems);
        }
        return decodeCarefully(file, in, problems);
    }

    /**
     * The text of bytes that are well-formed UTF-8 without a NUL byte, as the careful path below would read them,
     * or empty. Most sources are such files, and the JDK's UTF-8 decoder reads them in one fast pass: it turns every
     * malformed sequence into U+FFFD, so a result without U+FFFD proves that every byte was well-formed. A file that
     * holds a real U+FFFD, a NUL or a bad byte takes the careful path.
     */
    static Optional<String> wellFormedUtf8(byte[] in) {
        String text = new String(in, StandardCharsets.UTF_8);
        return TextScan.of(text).wellFormedUtf8() ? Optional.of(text) : Optional.empty();
    }

    /**
     * What one pass over decoded text tells: whether it holds U+FFFD or NUL (decoded from UTF-8, such text came
     * from bytes that were not all well-formed, or held a NUL), how many control characters its first
     * {@code CONTROL_SAMPLE} characters hold, and whether it has a carriage return to normalise.
     */
    private record TextScan(boolean replacementOrNul, int controls, int sampled, boolean carriageReturn) {

        static TextScan of(String text) {
            int n = text.length();
            int sampled = Math.min(n, CONTROL_SAMPLE);
            int controls = 0;
            boolean replacementOrNul = false;
            boolean carriageReturn = false;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x20) {
                    if (c == '\r') {
                        carriageReturn = true;
                    } else if (c != '\n' && c != '\t' && c != '\f') {
                        replacementOrNul |= c == 0;
                        if (i < sampled) {
                            controls++;
                        }
                    }
                } else if (c == 0x7F) {
                    if (i < sampled) {
                        controls++;
                    }
                } else if (c == '\uFFFD') {
                    replacementOrNul = true;
                }
            }
            return new TextScan(replacementOrNul, controls, sampled, carriageReturn);
        }

        boolean wellFormedUtf8() {
            return !replacementOrNul;
        }

        /** Text has few control characters; more than one in ten of the first characters means it is not text. */
        boolean looksBinary() {
            return controls > 0 && controls * 10 > sampled;
        }
    }

    /** Bytes without a byte order mark that may be binary, damaged UTF-8 or another encoding. */
    DecodedSource decodeCarefully(String file, byte[] in, List<Problem> problems) {
        if (containsNul(in)) {
            problems.add(binary(file, in));
            return new DecodedSource("", "unknown", problems);
        }
        Utf8Scan scan = Utf8Scan.of(in, 0);
        if (scan.isWellFormed()) {
            Optional<String> text = strict(in, 0, StandardCharsets.UTF_8);
            if (text.isPresent()) {
                return finish(file, text.get(), "utf-8", problems);
            }
        } else if (scan.looksLikeDamagedUtf8()) {
            // An error, not a warning: the bad bytes would reach the published page as U+FFFD, and the words they
            // stood for are lost; only the author can restore them, so the file is not imported until fixed.
            problems.add(Problem.error("source.encoding", file, lineOf(in, scan.firstMalformed()),
                    "this UTF-8 file has " + scan.malformed() + " invalid byte(s), the first on this line; they would show as �;"
                            + " restore the damaged text and save the file as UTF-8"));
            return finish(file, new String(in, StandardCharsets.UTF_8), "utf-8", problems);
        }
        boolean big5 = "BIG5".equalsIgnoreCase(detect(in));
        Charset charset = big5 ? BIG5 : GB18030;
        String name = big5 ? "big5" : "gb18030";
        Optional<String> text = strict(in, 0, charset);
        if (text.isPresent()) {
            return finish(file, text.get(), name, problems);
        }
        problems.add(Problem.error("source.encoding", file, 0, "file is neither UTF-8 nor readable as " + name
                + "; open it in an editor that shows its encoding and save it as UTF-8"));
        return finish(file, new String(in, charset), name, problems);
    }

    private static String decodeWithBom(String file, byte[] in, Charset charset, String name, List<Problem> problems) {
        int bom = charset == StandardCharsets.UTF_8 ? 3 : 2;
        Optional<String> text = strict(in, bom, charset);
        if (text.isPresent()) {
            return text.get();
        }
        problems.add(Problem.error("source.encoding", file, 0, "file starts with a " + name
                + " byte order mark but contains bytes that are not valid " + name + "; save it again as UTF-8"));
        return new String(in, bom, in.length - bom, charset);
    }

    private DecodedSource finish(String file, String decoded, String encoding, List<Problem> problems) {
        String text = decoded;
        // A second BOM, left by tools that add one to a file that already had one.
        while (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return finish(file, text, TextScan.of(text), encoding, problems);
    }

    private static DecodedSource finish(String file, String text, TextScan scan, String encoding,
            List<Problem> problems) {
        if (scan.looksBinary()) {
            problems.add(binary(file, new byte[0]));
            return new DecodedSource("", encoding, problems);
        }
        return new DecodedSource(scan.carriageReturn() ? normaliseLineBreaks(text) : text, encoding, problems);
    }

    private static Optional<String> strict(byte[] in, int offset, Charset charset) {
        try {
            return Optional.of(StrictText.decode(in, offset, in.length - offset, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String detect(byte[] in) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(in, 0, Math.min(in.length, DETECTOR_SAMPLE));
        detector.dataEnd();
        String charset = detector.getDetectedCharset();
        return charset == null ? "" : charset;
    }

    /** CRLF and lone CR become LF in one pass, so line numbers match what an editor shows. */
    static String normaliseLineBreaks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What the bytes seem to be, told by their first bytes: a picture, a document, UTF-32 or UTF-16 text. */
    private static Problem binary(String file, byte[] in) {
        String what = startsWith(in, 0x89, 'P', 'N', 'G') ? "a PNG picture"
                : startsWith(in, 0xFF, 0xD8, 0xFF) ? "a JPEG picture"
                : startsWith(in, 'G', 'I', 'F', '8') ? "a GIF picture"
                : startsWith(in, '%', 'P', 'D', 'F') ? "a PDF document"
                : startsWith(in, 'P', 'K', 3, 4) ? "a ZIP archive (or a Word or Excel file)"
                : startsWith(in, 0, 0, 0xFE, 0xFF) || startsWith(in, 0xFF, 0xFE, 0, 0) ? "UTF-32 text"
                : looksUtf16(in) ? "UTF-16 text without a byte order mark" : "";
        if (what.endsWith("text") || what.endsWith("mark")) {
            return Problem.error("source.binary", file, 0, "file is " + what + ", which import cannot read: save it"
                    + " as UTF-8 (or as UTF-16 with a byte order mark)");
        }
        return Problem.error("source.binary", file, 0, "file is " + (what.isEmpty() ? "binary" : what)
                + ", not text; a source file is a plain-text article, so remove this one from the import folder");
    }

    /** A zero in every other one of the first bytes, and in no byte between: ASCII written as UTF-16. */
    private static boolean looksUtf16(byte[] in) {
        int n = Math.min(in.length, 512) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += in[i] == 0 ? 1 : 0;
            odd += in[i + 1] == 0 ? 1 : 0;
        }
        return n >= 8 && (even == n / 2 && odd == 0 || odd == n / 2 && even == 0);
    }

    private static boolean containsNul(byte[] in) {
        for (byte b : in) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] in, int... prefix) {
        if (in.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((in[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based line of byte {@code offset}, counting LF, CRLF and lone CR as one break each. */
    static int lineOf(byte[] in, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < in.length; i++) {
            if (in[i] == '\n' || (in[i] == '\r' && (i + 1 >= in.length || in[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
