package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates of a site's {@code theme/} folder are data, not code: one that tries to run a command, make a Java
 * object, read a file outside the theme, call itself without end or write without end fails its pages with an
 * error naming the template's file and line, runs nothing, and leaves the rest of the site built. Each case is
 * one small hostile template on the tag index pages, whose last good version stays.
 */
class HostileTemplatesTest {

    private static final String TAGS = "theme/templates/tags.ftlh";
    private static final List<String> TAG_PAGES = List.of("zh/tags/index.html", "en/tags/index.html");

    @TempDir
    Path root;

    private Path dir;
    private TestSite site;
    private Map<String, byte[]> good;

    @BeforeEach
    void buildOnce() throws Exception {
        dir = root.resolve("site");
        Files.writeString(root.resolve("secret.txt"), "SECRET-OUTSIDE-THE-SITE");
        site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        good = site.outputTree();
        TAG_PAGES.forEach(page -> assertTrue(good.containsKey(page), page));
        site.problems().clear();
    }

    @Test
    void aFailureTheTemplateRecoversFromIsNeitherAProblemNorAStackTraceOnTheConsole() throws Exception {
        List<java.util.logging.LogRecord> logged = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger freemarker = java.util.logging.Logger.getLogger("freemarker");
        freemarker.addHandler(handler);
        try {
            site.write(TAGS, "<p><#attempt>${missing.value}<#recover>none</#attempt></p>\n");
            assertFalse(site.build().hasErrors(), site.problems().toString());
        } finally {
            freemarker.removeHandler(handler);
        }
        assertTrue(site.read("zh/tags/index.html").contains("<p>none</p>"));
        assertEquals(List.of(), site.problems().stream().filter(p -> p.file().contains("tags.ftlh")).toList());
        assertEquals(List.of(), logged.stream().map(java.util.logging.LogRecord::getMessage).toList());
    }

    @Test
    void aTemplateCannotRunACommand() throws Exception {
        Path marker = root.resolve("ran");
        assertFailsAt(TAGS + ":2", "<p>\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + marker + "\")}\n");
        assertFalse(Files.exists(marker), "the command ran");
        assertTrue(message().contains("not allowed"), message());
    }

    @Test
    void aTemplateCannotMakeAJavaObject() throws Exception {
        assertFailsAt(TAGS + ":1", "<#assign make=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${make(\"java.io.File\", \"/\").list()?size}");
    }

    @Test
    void aTemplateCannotMakeAnObjectThroughEvalOrInterpret() throws Exception {
        assertFailsAt(TAGS + ":1", "${\"'freemarker.template.utility.Execute'?new()('id')\"?eval}");
        site.problems().clear();
        assertFailsAt(TAGS + ":1", "<#assign t=\"<#assign e='freemarker.template.utility.Execute'?new()>${e('id')}\""
                + "?interpret><@t/>");
    }

    @Test
    void aTemplateCannotReachJavaThroughApi() throws Exception {
        assertFailsAt(TAGS + ":1", "${.data_model?api.getClass().getName()}");
    }

    @Test
    void aTemplateCannotTurnTheClassResolverBackOn() throws Exception {
        site.write(TAGS, "<#setting new_builtin_class_resolver=\"unrestricted\">"
                + "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertFailedPages(site.build());
        Problem problem = site.problems().stream().filter(p -> p.code().startsWith("template.")).findFirst()
                .orElseThrow(() -> new AssertionError(site.problems().toString()));
        assertEquals(TAGS + ":1", problem.file() + ":" + problem.line(), problem.toString());
    }

    @Test
    void aTemplateCannotIncludeAFileOutsideTheTheme() throws Exception {
        for (String name : List.of("../../../secret.txt", "/../../secret.txt", "../../pom.xml",
                root.resolve("secret.txt").toString(), "../i18n/en.properties", "*/secret.txt")) {
            site.problems().clear();
            assertFailsAt(TAGS + ":2", "<p>\n<#include \"" + name + "\">\n");
            site.problems().clear();
            assertFailsAt(TAGS + ":2", "<p>\n<#import \"" + name + "\" as x>\n");
        }
        site.problems().clear();
        site.write(TAGS, "<#if .get_optional_template('../../../secret.txt').exists>found</#if>");
        site.build();
        TAG_PAGES.forEach(page -> assertFalse(new String(site.outputTree().get(page)).contains("found")));
    }

    @Test
    void theTemplateLoaderFindsNothingOutsideTheThemesTemplates() throws Exception {
        Files.createDirectories(dir.resolve("theme/templates"));
        boolean linked = true;
        try {
            Files.createSymbolicLink(dir.resolve("theme/templates/secret.ftlh"), root.resolve("secret.txt"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            linked = false;
        }
        record Empty() {
        }
        try (Theme theme = Theme.load(new dev.duet.io.SiteFiles(dir, false), dir.resolve("theme"), "default",
                getClass().getClassLoader())) {
            Templates templates = new Templates(theme);
            List<String> names = List.of("../../secret.txt", "../../../secret.txt", "/../secret.txt",
                    root.resolve("secret.txt").toString(), "../../pom.xml", "../i18n/en.properties", "secret.ftlh",
                    "../theme.properties");
            for (String name : names) {
                Templates.Rendered rendered = templates.render(name, new Empty(), new Fragments(1000));
                assertTrue(rendered.text().isEmpty(), name);
                assertTrue(rendered.problem().isPresent(), name);
            }
            assertTrue(theme.findTemplate("secret.ftlh").isEmpty() || !linked);
            assertTrue(theme.problems().stream().anyMatch(p -> p.file().contains("secret.ftlh")) || !linked,
                    theme.problems().toString());
        }
    }

    @Test
    void aLinkOutOfTheSiteIsNotATemplate() throws Exception {
        Files.createDirectories(dir.resolve("theme/templates"));
        try {
            Files.createSymbolicLink(dir.resolve("theme/templates/secret.ftlh"), root.resolve("secret.txt"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return;
        }
        assertFailsAt(TAGS + ":1", "<#include \"secret.ftlh\">");
        site.outputTree().values().forEach(bytes -> assertFalse(new String(bytes).contains("SECRET-OUTSIDE")));
    }

    @Test
    void aTemplateThatIncludesItselfFailsItsPagesNotTheBuild() throws Exception {
        assertFailsAt(TAGS + ":1", "<#include \"tags.ftlh\">x");
        assertTrue(message().contains("itself"), message());
    }

    @Test
    void twoTemplatesIncludingEachOtherNameTheOneWhereTheyWereStopped() throws Exception {
        site.write("theme/templates/ping.ftlh", "\n<#include \"tags.ftlh\">");
        for (Problem problem : failures("<p>\n<#include \"ping.ftlh\">")) {
            assertTrue(List.of(TAGS + ":2", "theme/templates/ping.ftlh:2").contains(problem.file() + ":"
                    + problem.line()), problem.toString());
        }
    }

    @Test
    void aStackTooSmallForTheNestingLimitStillGivesTheTemplateAndLine() throws Exception {
        Path layer = root.resolve("layer");
        Files.createDirectories(layer.resolve("templates"));
        Files.writeString(layer.resolve("templates/self.ftlh"), "<p>\n<#include \"self.ftlh\">");
        record Empty() {
        }
        java.util.concurrent.atomic.AtomicReference<Templates.Rendered> rendered =
                new java.util.concurrent.atomic.AtomicReference<>();
        try (Theme theme = Theme.of(List.of(layer))) {
            Templates templates = new Templates(theme);
            // A stack that overflows long before the guard's limit.
            Thread small = new Thread(null, () -> rendered.set(templates.render("self.ftlh", new Empty(),
                    new Fragments(1000))), "small stack", 64 * 1024);
            small.start();
            small.join();
        }
        Problem problem = rendered.get().problem().orElseThrow();
        // The stack may overflow on either instruction of the template that calls itself.
        assertTrue(List.of("templates/self.ftlh:1", "templates/self.ftlh:2").contains(problem.file() + ":"
                + problem.line()), problem.toString());
        assertTrue(problem.message().contains("too deep for the stack"), problem.message());
    }

    @Test
    void aMacroThatCallsItselfWithoutEndFailsItsPages() throws Exception {
        assertFailsAt(TAGS + ":2", "<#macro m n>${n}\n<@m n + 1/></#macro><@m 0/>");
    }

    @Test
    void anAttemptCannotCarryOnPastAStop() throws Exception {
        assertFailsAt(TAGS + ":1", "<#attempt><#include \"tags.ftlh\"><#recover>recovered</#attempt>");
    }

    @Test
    void aListWithoutEndFailsFastWithTheLineItWasWritingFrom() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertFailsAt(TAGS + ":3", "<p>\n<#list 1.. as i>\n${i}\n</#list>"));
        assertTrue(message().contains("larger than"), message());
    }

    @Test
    void aListWithoutEndThatWritesNothingFailsFast() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertFailsAt(TAGS + ":2", "<p>\n<#list 1.. as i><#if i < 0>never</#if></#list>"));
        assertTrue(message().contains("million instructions"), message());
    }

    @Test
    void aListWithoutEndInACachedPieceFailsFast() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertFailsAt(TAGS + ":1", "<@cached key=\"k\"><#list 1.. as i>${i}</#list></@cached>"));
    }

    @Test
    void aPageOfSeveralMegabytesIsStillWritten() throws Exception {
        site.write(TAGS, "<#list 1..200000 as i>${i} twenty characters</#list>");
        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertTrue(site.read(TAG_PAGES.get(0)).length() > 4_000_000);
    }

    @Test
    void aBadEscapeInUiStringsNamesTheFileAndLineAndTheThemesStringsAreUsed() throws Exception {
        site.write("theme/i18n/en.properties", "# the site's words\nnav.tags=Topics\nnav.home=\\uZZZZ\n");
        BuildResult result = site.build();
        assertTrue(result.hasErrors());
        Problem problem = site.problems().stream().filter(p -> p.code().equals("theme.i18n")).findFirst()
                .orElseThrow(() -> new AssertionError(site.problems().toString()));
        assertEquals("theme/i18n/en.properties:3", problem.file() + ":" + problem.line(), problem.toString());
        assertTrue(problem.message().contains("left out"), problem.message());
        String home = site.read("en/index.html");
        assertTrue(home.contains(">Home<"), "the theme's string");
        assertFalse(home.contains("Topics"), "the file is left out as a whole");
        assertTrue(site.read(News.WANG_YI_EN).contains("Wang Yi"));
        site.problems().clear();
        site.write("theme/i18n/en.properties", "nav.tags=Topics\n");
        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertTrue(site.read("en/index.html").contains("Topics"));
    }

    @Test
    void findsTheLineOfABadEscape() {
        assertEquals(0, Theme.badEscapeLine("a=\\u0041\nb=\\\\uZZZZ\n# \\uZZZZ\n"));
        assertEquals(2, Theme.badEscapeLine("a=\\u0041\nb=\\uZZ\n"));
        assertEquals(3, Theme.badEscapeLine("a=x\\\n  # not a comment\\\n \\u12"));
        assertEquals(1, Theme.badEscapeLine("a=\\u"));
    }

    @Test
    void uiStringsThatAreNotUtf8NameTheFile() throws Exception {
        site.write("theme/i18n/zh.properties", new byte[] {'a', '=', (byte) 0xff, (byte) 0xfe, '\n'});
        assertTrue(site.build().hasErrors());
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("theme.i18n")
                && p.file().equals("theme/i18n/zh.properties")), site.problems().toString());
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅"));
    }

    @Test
    void aTemplatesErrorSaysWhatFailedNotOnlyThatSomethingDid() throws Exception {
        failures("<p>${page.nosuchfield}</p>");
        assertTrue(message().startsWith("template failed: The following has evaluated to null or missing: ==>"
                + " page.nosuchfield [in template"), message());
        assertFalse(message().contains("Tip:"), message());
        site.problems().clear();
        failures("<#list 1..2 as x>${x}</#if>");
        assertTrue(message().startsWith("template syntax error: ") && message().contains("#list"), message());
    }

    /**
     * Builds with {@code template} as the site's tags.ftlh: the build ends, with a template error at
     * {@code fileAndLine}; the tag pages keep their last good version and an article page is still made.
     */
    private void assertFailsAt(String fileAndLine, String template) throws Exception {
        failures(template).forEach(p -> assertEquals(fileAndLine, p.file() + ":" + p.line(), p.toString()));
    }

    /** Builds with {@code template} as the site's tags.ftlh, which fails its pages: the template problems. */
    private List<Problem> failures(String template) throws Exception {
        site.write(TAGS, template);
        BuildResult result = site.build();
        assertFailedPages(result);
        List<Problem> failed = site.problems().stream().filter(p -> p.code().startsWith("template.")).toList();
        assertFalse(failed.isEmpty(), site.problems().toString());
        return failed;
    }

    private void assertFailedPages(BuildResult result) throws Exception {
        assertTrue(result.hasErrors(), result.summary());
        Map<String, byte[]> now = site.outputTree();
        TAG_PAGES.forEach(page -> assertTrue(java.util.Arrays.equals(good.get(page), now.get(page)), page));
        assertTrue(now.containsKey(News.WANG_YI_EN));
        now.values().forEach(bytes -> assertFalse(new String(bytes).contains("SECRET-OUTSIDE")));
        now.values().forEach(bytes -> assertFalse(new String(bytes).contains("uid=")));
    }

    private String message() {
        return site.problems().stream().filter(p -> p.code().startsWith("template.")).findFirst()
                .map(Problem::message).orElse("");
    }
}
