package dev.duet.image;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads an SVG's size, and refuses one that could run script or load a document when a reader opens it alone on
 * the site's origin. The file is parsed as the browser parses it, as namespace-aware XML with its entities and
 * character references decoded, and checked element by element, so that a prefix ({@code <svg:script>}), an
 * entity ({@code jav&#x61;script:}) or a tab a browser drops from an address ({@code java&#9;script:}) hides
 * nothing. Refused: elements that embed or run documents ({@code script}, {@code foreignObject}, {@code iframe},
 * {@code embed}, {@code object}…) in any namespace and case; every {@code on…} attribute; an address (in
 * {@code href}, {@code src}, any XLink attribute, CSS {@code url(…)}, or the values of an animation that sets an
 * address) that is neither relative nor http(s); CSS {@code @import}; any declaration in a DOCTYPE (entities
 * among them); and processing instructions ({@code <?xml-stylesheet?>}). An external DTD is never fetched.
 */
final class SvgProbe {

    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Set<String> EMBEDDING = Set.of("script", "foreignobject", "iframe", "frame", "frameset",
            "embed", "object", "applet", "handler", "listener", "portal", "fencedframe", "meta", "base", "link");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "data", "base",
            "poster", "background", "codebase", "cite");
    private static final List<String> ANIMATED_VALUES = List.of("to", "from", "by", "values");
    private static final Pattern ENCODING = Pattern.compile(
            "<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\s*[-+0-9.eE]+[\\s,]+[-+0-9.eE]+[\\s,]+([0-9]+(?:\\.[0-9]+)?)[\\s,]+([0-9]+(?:\\.[0-9]+)?)\\s*");

    private SvgProbe() {
    }

    /** The SVG's header, or why it is refused. */
    static ImageProbe.Result probe(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // A browser told "charset=utf-8" by the server and one reading the file's own declaration must see the
            // same characters, so only UTF-8 is checked and published.
            return new ImageProbe.Refused("the SVG is not UTF-8 text: save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher encoding = ENCODING.matcher(text);
        if (encoding.lookingAt() && !encoding.group(1).equalsIgnoreCase("utf-8")) {
            return new ImageProbe.Refused("the SVG declares the encoding '" + encoding.group(1)
                    + "': save it as UTF-8");
        }
        if (text.contains("<!ENTITY")) {
            return unsafe("an entity declaration");
        }
        Checker checker = new Checker();
        try {
            XMLReader reader = reader(checker);
            reader.parse(new InputSource(new StringReader(text)));
        } catch (Unsafe e) {
            return unsafe(e.getMessage());
        } catch (SAXParseException e) {
            return new ImageProbe.Refused("the SVG is not well-formed XML (line " + e.getLineNumber() + ": "
                    + e.getMessage() + "): export it again");
        } catch (SAXException | IOException e) {
            return new ImageProbe.Refused("the SVG cannot be read as XML (" + e.getMessage() + ")");
        }
        if (!checker.rootIsSvg) {
            return new ImageProbe.Refused("it is named .svg but holds no <svg> element");
        }
        return new ImageProbe.Usable(new ImageHeader("svg", checker.width, checker.height));
    }

    private static ImageProbe.Refused unsafe(String what) {
        return new ImageProbe.Refused("the SVG holds script or a way to load content (" + what
                + "), which is never published: remove it");
    }

    private static XMLReader reader(Checker checker) throws SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setContentHandler(checker);
            reader.setErrorHandler(checker);
            reader.setDTDHandler(checker);
            reader.setEntityResolver(checker);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", checker);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", checker);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a feature Duet needs", e);
        }
    }

    /** A refusal, carrying what was found for the problem's message. */
    private static final class Unsafe extends SAXException {
        Unsafe(String what) {
            super(what);
        }
    }

    /** Checks each event of the parse; the first unsafe one ends it. Made anew for each file. */
    private static final class Checker extends DefaultHandler2 {

        private Locator locator;
        private int depth;
        private boolean rootIsSvg;
        private int width;
        private int height;
        private int styleDepth;
        private final StringBuilder style = new StringBuilder();

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private Unsafe unsafe(String what) {
            return new Unsafe(what + (locator == null ? "" : " on line " + locator.getLineNumber() + " of the SVG"));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            String name = local(localName, qName);
            if (depth == 0) {
                rootIsSvg = name.equals("svg");
                if (rootIsSvg) {
                    size(attributes);
                }
            }
            depth++;
            if (EMBEDDING.contains(name)) {
                throw unsafe("a <" + qName + "> element");
            }
            if (name.equals("style") && styleDepth == 0) {
                styleDepth = depth;
                style.setLength(0);
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(attributes.getURI(i), local(attributes.getLocalName(i), attributes.getQName(i)),
                        attributes.getQName(i), attributes.getValue(i));
            }
            animation(attributes);
        }

        private void attribute(String uri, String name, String qName, String value) throws Unsafe {
            if (name.startsWith("on")) {
                throw unsafe("the handler " + qName);
            }
            boolean address = ADDRESSES.contains(name) || uri.equals(XLINK) && !name.equals("title");
            if (address && !SvgAddresses.safe(value)) {
                throw unsafe("the address " + qName + "=\"" + SvgAddresses.shown(value) + "\"");
            }
            Optional<String> found = name.equals("style") ? SvgAddresses.unsafeInCss(value)
                    : SvgAddresses.unsafeInValue(value);
            if (found.isPresent()) {
                throw unsafe(found.get() + " in " + qName);
            }
        }

        /** An animation ({@code <set>}, {@code <animate>}…) that sets a handler, an address or a style. */
        private void animation(Attributes attributes) throws Unsafe {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (!local(attributes.getLocalName(i), attributes.getQName(i)).equals("attributename")) {
                    continue;
                }
                String target = attributes.getValue(i).strip();
                String name = local(target, target);
                if (name.startsWith("on")) {
                    throw unsafe("an animation of the handler " + target);
                }
                boolean address = ADDRESSES.contains(name) || target.toLowerCase(Locale.ROOT).startsWith("xlink:");
                for (int j = 0; j < attributes.getLength(); j++) {
                    String valueName = local(attributes.getLocalName(j), attributes.getQName(j));
                    if (!ANIMATED_VALUES.contains(valueName)) {
                        continue;
                    }
                    for (String value : attributes.getValue(j).split(";", -1)) {
                        if (address && !SvgAddresses.safe(value)) {
                            throw unsafe("an animation that sets " + target + " to \""
                                    + SvgAddresses.shown(value.strip()) + "\"");
                        }
                        if (name.equals("style")) {
                            css(value, "an animation of style");
                        }
                    }
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (depth == styleDepth) {
                css(style.toString(), "<" + qName + ">");
                styleDepth = 0;
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (styleDepth > 0) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            throw unsafe("the processing instruction <?" + target + "?>");
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw unsafe("the entity declaration " + name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw unsafe("the entity declaration " + name);
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value)
                throws SAXException {
            throw unsafe("the attribute declaration " + element + " " + attribute);
        }

        @Override
        public void elementDecl(String name, String model) throws SAXException {
            throw unsafe("the element declaration " + name);
        }

        @Override
        public void notationDecl(String name, String publicId, String systemId) throws SAXException {
            throw unsafe("the notation declaration " + name);
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notation)
                throws SAXException {
            throw unsafe("the entity declaration " + name);
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            // A DOCTYPE naming the SVG DTD is common in exported drawings; nothing it names is ever fetched.
            return new InputSource(new StringReader(""));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        /** A style sheet: a {@code <style>} element's text, or what an animation sets as a style. */
        private void css(String text, String where) throws Unsafe {
            Optional<String> found = SvgAddresses.unsafeInCss(text);
            if (found.isPresent()) {
                throw unsafe(found.get() + " in " + where);
            }
        }

        private void size(Attributes attributes) {
            width = length(attributes.getValue("", "width"));
            height = length(attributes.getValue("", "height"));
            String box = attributes.getValue("", "viewBox");
            Matcher viewBox = VIEW_BOX.matcher(box == null ? "" : box);
            if ((width == 0 || height == 0) && viewBox.matches()) {
                width = (int) Math.round(Double.parseDouble(viewBox.group(1)));
                height = (int) Math.round(Double.parseDouble(viewBox.group(2)));
            }
        }

        private static int length(String value) {
            Matcher length = LENGTH.matcher(value == null ? "" : value);
            return length.matches() ? (int) Math.round(Double.parseDouble(length.group(1))) : 0;
        }
    }

    /** A name without its prefix, in lower case: SVG is matched as loosely as any browser might. */
    private static String local(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }
}
