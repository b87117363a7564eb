package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <@cached>} directive: a piece rendered once per key and build, escaped as the template escapes. */
class FragmentsTest {

    record Item(String key, String text) {
    }

    record Items(List<Item> items) {
    }

    @TempDir
    Path dir;

    private Templates templates(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates").resolve(name), text);
        return new Templates(Theme.of(List.of(dir)));
    }

    private static final String LIST = "<#list items as i><@cached key=\"item ${i.key}\">[${i.text}]</@cached></#list>";

    @Test
    void aKeyMetAgainWritesWhatItsFirstBodyRendered() throws IOException {
        Templates templates = templates("list.ftlh", LIST);
        Fragments fragments = new Fragments(1_000_000);
        Items view = new Items(List.of(new Item("1", "a<b"), new Item("1", "other"), new Item("2", "c")));
        assertEquals("[a&lt;b][a&lt;b][c]", templates.render("list.ftlh", view, fragments).text().orElseThrow());
        assertEquals(2, fragments.size());
        // The same build's next page reuses the piece; another build starts empty.
        Items next = new Items(List.of(new Item("2", "changed")));
        assertEquals("[c]", templates.render("list.ftlh", next, fragments).text().orElseThrow());
        assertEquals("[changed]", templates.render("list.ftlh", next, new Fragments(1_000_000)).text().orElseThrow());
    }

    @Test
    void piecesOverTheBudgetAreLetGoAndThePageIsTheSame() throws IOException {
        Templates templates = templates("list.ftlh", LIST);
        Items view = new Items(List.of(new Item("1", "a"), new Item("2", "b"), new Item("1", "a"), new Item("3", "c"),
                new Item("2", "b")));
        String unlimited = templates.render("list.ftlh", view, new Fragments(1_000_000)).text().orElseThrow();
        Fragments tight = new Fragments(12);
        assertEquals(unlimited, templates.render("list.ftlh", view, tight).text().orElseThrow());
        assertTrue(tight.size() <= 1, "kept " + tight.size());
    }

    @Test
    void htmlAndXmlTemplatesKeepTheirOwnPieces() throws IOException {
        templates("a.ftlh", LIST);
        Templates templates = templates("a.ftlx", LIST);
        Fragments fragments = new Fragments(1_000_000);
        Items view = new Items(List.of(new Item("1", "'")));
        assertEquals("[&#39;]", templates.render("a.ftlh", view, fragments).text().orElseThrow());
        assertEquals("[&apos;]", templates.render("a.ftlx", view, fragments).text().orElseThrow());
    }

    @Test
    void aCallWithoutItsKeyFailsThePageAtItsLine() throws IOException {
        Templates templates = templates("bad.ftlh", "<p>\n<@cached>x</@cached>\n");
        Templates.Rendered rendered = templates.render("bad.ftlh", new Items(List.of()), new Fragments(100));
        assertTrue(rendered.text().isEmpty());
        assertEquals("templates/bad.ftlh", rendered.problem().orElseThrow().file());
        assertEquals(2, rendered.problem().orElseThrow().line());
        assertTrue(rendered.problem().orElseThrow().message().contains("key"), rendered.problem().get().message());
    }
}
