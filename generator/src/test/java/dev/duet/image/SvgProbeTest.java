package dev.duet.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SVG pictures as the probe reads them: each way of hiding script or a load that a browser would follow is refused
 * with what it found, and ordinary drawings (shapes, text, gradients, links within the file or to http(s)) pass.
 */
class SvgProbeTest {

    private static final String SVG = "xmlns='http://www.w3.org/2000/svg'";
    private static final String XLINK = "xmlns:xlink='http://www.w3.org/1999/xlink'";

    private static ImageProbe.Result probe(String svg) {
        return probe(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static ImageProbe.Result probe(byte[] svg) {
        return new ImageProbe(ImageSettings.DEFAULT).probe("articles/2024/map.svg", svg);
    }

    private static String refusal(String svg) {
        ImageProbe.Result result = probe(svg);
        assertTrue(result instanceof ImageProbe.Refused, "refused: " + svg);
        return ((ImageProbe.Refused) result).reason();
    }

    private static void assertUnsafe(String svg, String found) {
        String reason = refusal(svg);
        assertTrue(reason.startsWith("the SVG holds script or a way to load content"), reason);
        assertTrue(reason.contains(found), reason + " names " + found);
    }

    private static ImageHeader usable(String svg) {
        ImageProbe.Result result = probe(svg);
        assertTrue(result instanceof ImageProbe.Usable, svg + ": " + ImageProbe.reason(result).orElse(""));
        return ((ImageProbe.Usable) result).header();
    }

    @Test
    void refusesAScriptElementUnderAPrefix() {
        assertUnsafe("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>alert(1)</svg:script>"
                + "</svg:svg>", "a <svg:script> element on line 1 of the SVG");
        assertUnsafe("<svg " + SVG + ">\n<h:SCRIPT xmlns:h='http://www.w3.org/1999/xhtml'>alert(1)</h:SCRIPT></svg>",
                "a <h:SCRIPT> element on line 2");
        assertUnsafe("<svg " + SVG + "><script>alert(1)</script></svg>", "a <script> element");
    }

    @Test
    void refusesAJavascriptAddressSpelledWithACharacterReference() {
        assertUnsafe("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<a xlink:href=\"jav&#x61;script:alert(1)\"><text y=\"20\">click</text></a></svg>",
                "xlink:href=\"javascript:alert(1)\"");
        assertUnsafe("<svg " + SVG + "><a href='&#106;avascript&#58;alert(1)'><text>x</text></a></svg>",
                "href=\"javascript:alert(1)\"");
    }

    @Test
    void refusesAnAddressWhoseSchemeABrowserJoinsAcrossWhitespace() {
        for (String gap : List.of("&#9;", "&#10;", "&#13;", "\t", " ", "&#x20;")) {
            assertUnsafe("<svg " + SVG + "><a href=\"java" + gap + "script:alert(1)\"><text>x</text></a></svg>",
                    "the address href");
        }
        assertUnsafe("<svg " + SVG + "><a href=\"&#9; JAVASCRIPT:alert(1)\"><text>x</text></a></svg>",
                "the address href");
    }

    @Test
    void refusesDataVbscriptAndEveryOtherScheme() {
        for (String address : List.of("data:text/html,<script>alert(1)</script>", "data:image/svg+xml;base64,PHN2Zz4=",
                "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/a", "blob:https://x/1")) {
            String escaped = address.replace("<", "&lt;");
            assertUnsafe("<svg " + SVG + " " + XLINK + "><a href=\"" + escaped + "\"><text>x</text></a></svg>",
                    "the address href");
            assertUnsafe("<svg " + SVG + " " + XLINK + "><image xlink:href=\"" + escaped + "\"/></svg>",
                    "the address xlink:href");
        }
        assertUnsafe("<svg " + SVG + "><image src='data:image/png;base64,AAAA'/></svg>", "the address src");
    }

    @Test
    void refusesElementsThatEmbedOrRunInAnyNamespaceOrCase() {
        assertUnsafe("<svg " + SVG + "><foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div>"
                + "</foreignObject></svg>", "a <foreignObject> element");
        assertUnsafe("<svg " + SVG + "><foreignobject/></svg>", "a <foreignobject> element");
        for (String element : List.of("iframe", "embed", "object", "handler", "meta", "link", "base")) {
            assertUnsafe("<svg " + SVG + "><h:" + element + " xmlns:h='http://www.w3.org/1999/xhtml'/></svg>",
                    "a <h:" + element + "> element");
        }
    }

    @Test
    void refusesEveryHandlerAttributeInAnyNamespaceOrCase() {
        assertUnsafe("<svg " + SVG + " onload='alert(1)'/>", "the handler onload");
        assertUnsafe("<svg " + SVG + "><rect ONCLICK='alert(1)'/></svg>", "the handler ONCLICK");
        assertUnsafe("<svg " + SVG + " xmlns:ev='http://www.w3.org/2001/xml-events'><rect ev:onclick='x'/></svg>",
                "the handler ev:onclick");
    }

    @Test
    void refusesAnAnimationThatSetsAnAddressOrAHandler() {
        String link = "<svg " + SVG + " " + XLINK + "><a href='#a'><text>x</text>";
        assertUnsafe(link + "<set attributeName='href' to='javascript:alert(1)'/></a></svg>",
                "an animation that sets href to \"javascript:alert(1)\"");
        assertUnsafe(link + "<animate attributeName='xlink:href' values='#a; java&#9;script:alert(1)'/></a></svg>",
                "an animation that sets xlink:href");
        assertUnsafe(link + "<animate attributeName='href' from='data:text/html,x' to='#a'/></a></svg>",
                "an animation that sets href to \"data:text/html,x\"");
        assertUnsafe(link + "<set attributeName='onclick' to='alert(1)'/></a></svg>",
                "an animation of the handler onclick");
        usable(link + "<set attributeName='href' to='https://example.org/'/>"
                + "<animate attributeName='opacity' values='0;1' dur='2s'/></a></svg>");
    }

    @Test
    void refusesStyleThatImportsOrAddressesAnotherScheme() {
        assertUnsafe("<svg " + SVG + "><style>@import 'https://example.org/a.css';</style></svg>", "CSS @import");
        assertUnsafe("<svg " + SVG + "><style>@\\69mport url(a.css);</style></svg>", "CSS @import");
        assertUnsafe("<svg " + SVG + "><style><![CDATA[rect { fill: url(javascript:alert(1)) }]]></style></svg>",
                "the CSS address");
        assertUnsafe("<svg " + SVG + "><style>rect { fill: u\\72l( 'java\\73 cript:alert(1)') }</style></svg>",
                "the CSS address");
        assertUnsafe("<svg " + SVG + "><style>rect { background: image-set(\"data:image/png,x\" 1x) }</style></svg>",
                "the CSS address");
        assertUnsafe("<svg " + SVG + "><rect style='fill: url(data:image/png,x)'/></svg>", "the CSS address");
        assertUnsafe("<svg " + SVG + "><rect filter='url(&quot;javascript:alert(1)&quot;)'/></svg>",
                "the CSS address");
    }

    @Test
    void refusesProcessingInstructionsDeclarationsAndEntities() {
        assertUnsafe("<?xml version='1.0'?><?xml-stylesheet href='https://example.org/a.css'?><svg " + SVG + "/>",
                "the processing instruction <?xml-stylesheet?>");
        assertUnsafe("<!DOCTYPE svg [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><svg " + SVG + ">&xxe;</svg>",
                "an entity declaration");
        assertUnsafe("<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                + "<svg " + SVG + "><text>&b;</text></svg>", "an entity declaration");
        assertUnsafe("<!DOCTYPE svg [<!ATTLIST svg onload CDATA 'alert(1)'>]><svg " + SVG + "/>",
                "the attribute declaration svg onload");
    }

    @Test
    void refusesWhatIsNotWellFormedUtf8Xml() {
        assertTrue(refusal("<svg " + SVG + "><rect></svg>").startsWith("the SVG is not well-formed XML (line 1"));
        assertTrue(refusal("<svg " + SVG + "><x:script/></svg>").startsWith("the SVG is not well-formed XML"));
        assertTrue(refusal("<svg " + SVG + ">&nbsp;</svg>").startsWith("the SVG is not well-formed XML"));
        assertEquals("the SVG declares the encoding 'UTF-16': save it as UTF-8",
                refusal("<?xml version='1.0' encoding='UTF-16'?><svg " + SVG + "/>"));
        byte[] latin = ("<svg " + SVG + "><text>caf\u00e9</text></svg>").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("the SVG is not UTF-8 text: save it as UTF-8", ImageProbe.reason(probe(latin)).orElseThrow());
        assertEquals("it is named .svg but holds no <svg> element",
                refusal("<html xmlns='http://www.w3.org/1999/xhtml'/>"));
    }

    @Test
    void aDrawingWithShapesTextGradientsAndLinksIsPublished() {
        ImageHeader header = usable("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <!-- Drawn for the rail map: javascript: in a comment runs nothing -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     width="640" height="400" viewBox="0 0 320 200">
                  <title>Line 2: stations</title>
                  <defs>
                    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
                      <stop offset="0" stop-color="#9cf"/><stop offset="1" stop-color="#fff"/>
                    </linearGradient>
                    <marker id="dot"><circle r="2" fill="#a3161b"/></marker>
                    <style>
                      .line { stroke: #a3161b; font-family: "Noto Sans SC", sans-serif; }
                      .sky { fill: url(#sky); }
                    </style>
                  </defs>
                  <rect class="sky" width="320" height="200" fill="url('#sky')"/>
                  <path class="line" d="M10 100 L310 100" marker-start="url(#dot)" style="stroke-width: 4"/>
                  <use href="#dot" x="40"/><use xlink:href="#dot" x="80" xlink:title="Station: West"/>
                  <text x="10" y="20">新线 &amp; 车站 &#x2192; javascript: is only text here</text>
                  <a href="https://example.org/rail?line=2#map"><text y="40">Map</text></a>
                  <a xlink:href="http://example.org/"><text y="60">Old map</text></a>
                  <a href="../2024/rail/"><text y="80">Story</text></a>
                  <a href="//example.org/path"><text y="90">Same scheme</text></a>
                  <image href="photo.jpg" width="10" height="10"/>
                  <animate attributeName="opacity" values="0;1" dur="1s"/>
                </svg>
                """);
        assertEquals(List.of("svg", 640, 400), List.of(header.format(), header.width(), header.height()));
    }

    @Test
    void readsTheSizeFromTheViewBoxWhenTheRootGivesNone() {
        ImageHeader header = usable("\uFEFF<svg:svg xmlns:svg='http://www.w3.org/2000/svg' width='100%'"
                + " viewBox='0,0 320.4 199.6'><svg:rect width='1' height='1'/></svg:svg>");
        assertEquals(List.of(320, 200), List.of(header.width(), header.height()));
        assertEquals(List.of(0, 0), List.of(usable("<svg " + SVG + "/>").width(), usable("<svg " + SVG + "/>")
                .height()));
    }

    @Test
    void anAddressIsSafeOnlyWhenRelativeAFragmentOrHttp() {
        for (String safe : List.of("", "#a", "a.svg#b", "/zh/", "?q=1", "https://example.org/", "HTTP://x/",
                "//example.org/", "a/b:c", "%6Aavascript:x")) {
            assertTrue(SvgAddresses.safe(safe), safe);
        }
        for (String unsafe : List.of("javascript:x", " \u0001java\tscript:x", "JaVaScRiPt:x", "data:,x",
                "vbscript:x", "mailto:a@b", "x-custom+1.2:y")) {
            assertFalse(SvgAddresses.safe(unsafe), unsafe);
        }
    }

    @Test
    void cssIsReadWithItsEscapesDecodedAndCommentsRemoved() {
        assertEquals("url(javascript:x)", SvgAddresses.decodeCss("u\\72l(java\\73 cript:x)"));
        assertEquals(" @import", SvgAddresses.decodeCss("/* a */@import"));
        assertEquals("a\uFFFDb", SvgAddresses.decodeCss("a\\0 b"));
    }
}
