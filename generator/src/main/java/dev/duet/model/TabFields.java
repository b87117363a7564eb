package dev.duet.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of a line of tab-separated fields, as {@link DeletedPlaces} writes them: a backslash escapes a tab
 * ({@code \\t}), a line break ({@code \\n}, {@code \\r}), a {@code |} (which separates the items of a list) and
 * itself, so that no value, whatever a front matter holds, can break a line or a field.
 */
final class TabFields {

    private TabFields() {
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '|' -> out.append("\\|");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The fields of {@code text} between unescaped {@code separator}s, still escaped. */
    static List<String> split(String text, char separator) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                fields.add(text.substring(from, i));
                from = i + 1;
            }
        }
        fields.add(text.substring(from));
        return fields;
    }
}
