package dev.duet.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses an SVG holds, read as a browser reads them. An address is safe when a browser can only open it as a
 * page or a picture: relative, a {@code #fragment}, or http(s), once the whitespace and control characters a
 * browser drops from it are gone ({@code java&#9;script:} is {@code javascript:}). CSS is read with its comments
 * removed and its escapes decoded ({@code u\72l(} is {@code url(}); in it, {@code @import} is never safe.
 */
final class SvgAddresses {

    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n\\r\\f]?|(.))",
            Pattern.DOTALL);
    private static final Pattern CSS_STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern CSS_FUNCTION = Pattern.compile("(?:url|src)\\(([^)]*)");
    private static final int SHOWN = 60;

    private SvgAddresses() {
    }

    /** True for a relative address, a fragment, or an http(s) one. */
    static boolean safe(String address) {
        StringBuilder stripped = new StringBuilder(address.length());
        address.codePoints().filter(c -> c > 0x20 && !(c >= 0x7F && c <= 0x9F) && !Character.isWhitespace(c))
                .forEach(stripped::appendCodePoint);
        Matcher scheme = SCHEME.matcher(stripped);
        if (!scheme.lookingAt()) {
            return true;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return name.equals("http") || name.equals("https");
    }

    /**
     * What in a style sheet (a {@code <style>} element or a {@code style} attribute) could load or run something:
     * an {@code @import}, or an address, in {@code url(…)} or a string ({@code image-set("…")}), that is not safe.
     */
    static Optional<String> unsafeInCss(String text) {
        String css = decodeCss(text).toLowerCase(Locale.ROOT);
        for (String banned : List.of("@import", "expression(", "-moz-binding")) {
            if (css.contains(banned)) {
                return Optional.of("CSS " + banned);
            }
        }
        Matcher string = CSS_STRING.matcher(css);
        while (string.find()) {
            String value = string.group(1) != null ? string.group(1) : string.group(2);
            if (!safe(value)) {
                return Optional.of("the CSS address '" + shown(value) + "'");
            }
        }
        return unsafeFunction(css);
    }

    /** An address in a CSS {@code url(…)} of a presentation attribute ({@code fill="url(#a)"}) that is not safe. */
    static Optional<String> unsafeInValue(String value) {
        return value.indexOf('(') < 0 ? Optional.empty() : unsafeFunction(decodeCss(value).toLowerCase(Locale.ROOT));
    }

    private static Optional<String> unsafeFunction(String css) {
        Matcher function = CSS_FUNCTION.matcher(css);
        while (function.find()) {
            String value = function.group(1).strip();
            if (value.startsWith("\"") || value.startsWith("'")) {
                value = value.substring(1);
            }
            if (!safe(value)) {
                return Optional.of("the CSS address " + shown(function.group().strip()) + ")");
            }
        }
        return Optional.empty();
    }

    /** CSS with its comments removed and its escapes ({@code \72}, {@code \:}) decoded. */
    static String decodeCss(String css) {
        String plain = CSS_COMMENT.matcher(css).replaceAll(" ");
        return CSS_ESCAPE.matcher(plain).replaceAll(escape -> {
            if (escape.group(2) != null) {
                return Matcher.quoteReplacement(escape.group(2).equals("\n") ? "" : escape.group(2));
            }
            int code = Integer.parseInt(escape.group(1), 16);
            boolean valid = code > 0 && code <= Character.MAX_CODE_POINT && (code < 0xD800 || code > 0xDFFF);
            return Matcher.quoteReplacement(Character.toString(valid ? code : 0xFFFD));
        });
    }

    /** A value as a message shows it: control characters as references, and no longer than a line. */
    static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(SHOWN).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                shown.append("&#").append(c).append(';');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > SHOWN ? shown + "…" : shown.toString();
    }
}
