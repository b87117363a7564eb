package dev.duet.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web addresses written as text ({@code https://www.gov.cn/}, {@code www.gov.cn}) made links, as GitHub's and Hugo's
 * Markdown make them: agency copy names its sources that way. An address ends where Chinese text or punctuation
 * begins (Chinese writes none between them: {@code 详见www.gov.cn。}), and a full stop, comma or closing bracket
 * after it is the sentence's, not the address's. Text inside a link or code is left as it is; {@code www.} addresses
 * link to {@code http://}, which a site served over https sends on.
 */
final class BareLinks {

    /**
     * An address's start, at the start of a word, and the characters it may hold: none of white space, {@code <>"},
     * or the Chinese, Japanese and Korean characters and their full-width punctuation.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?<![A-Za-z0-9\\u00C0-\\u024F._%+-])(?:https?://|www\\.)"
            + "[^\\s<>\"\\u2E80-\\u9FFF\\uA960-\\uA97F\\uAC00-\\uD7FF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]{1,5})?");
    private static final Pattern WWW = Pattern.compile("www\\.", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,:;!?'*_~";

    private BareLinks() {
    }

    /** Whether {@code html} may hold an address to link: the cheap test before a parse. */
    static boolean mayHold(String html) {
        return html.contains("://") || WWW.matcher(html).find();
    }

    /** The body with its bare addresses made links; the same string when it has none. */
    static String link(String html, Document.OutputSettings output) {
        if (!mayHold(html)) {
            return html;
        }
        Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        List<TextNode> texts = new ArrayList<>();
        collect(body, texts);
        boolean linked = false;
        for (TextNode text : texts) {
            linked |= link(text);
        }
        if (!linked) {
            return html;
        }
        body.ownerDocument().outputSettings(output);
        return body.html();
    }

    /** The text nodes outside links, code and preformatted blocks, in document order. */
    private static void collect(Element element, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                texts.add(text);
            } else if (child instanceof Element inner && !inner.nameIs("a") && !inner.nameIs("code")
                    && !inner.nameIs("pre")) {
                collect(inner, texts);
            }
        }
    }

    /** Splits the text node around each address it holds, each a link; true when it held one. */
    private static boolean link(TextNode node) {
        String text = node.getWholeText();
        Matcher matcher = ADDRESS.matcher(text);
        List<Node> parts = new ArrayList<>();
        int from = 0;
        while (matcher.find()) {
            String address = trimmed(matcher.group());
            if (!hasHost(address)) {
                continue;
            }
            int start = matcher.start();
            if (start > from) {
                parts.add(new TextNode(text.substring(from, start)));
            }
            String href = address.regionMatches(true, 0, "www.", 0, 4) ? "http://" + address : address;
            parts.add(new Element("a").attr("href", href).appendChild(new TextNode(address)));
            from = start + address.length();
        }
        if (parts.isEmpty()) {
            return false;
        }
        if (from < text.length()) {
            parts.add(new TextNode(text.substring(from)));
        }
        for (Node part : parts) {
            node.before(part);
        }
        node.remove();
        return true;
    }

    /** The address without the sentence's punctuation after it, nor a closing bracket it did not open. */
    private static String trimmed(String address) {
        int end = address.length();
        while (end > 0) {
            char last = address.charAt(end - 1);
            if (TRAILING.indexOf(last) >= 0) {
                end--;
            } else if ((last == ')' || last == ']') && count(address, end, last == ')' ? '(' : '[')
                    < count(address, end, last)) {
                end--;
            } else {
                break;
            }
        }
        return address.substring(0, end);
    }

    private static int count(String text, int end, char c) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Whether the address names a host a browser can look up: {@code www.} alone, or {@code http://.}, do not. */
    private static boolean hasHost(String address) {
        boolean www = address.regionMatches(true, 0, "www.", 0, 4);
        String rest = www ? address : address.substring(address.indexOf("://") + 3);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end);
        return HOST.matcher(host).matches() && (!www || host.indexOf('.', 4) > 4);
    }
}
