package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file of deleted stories' places: a place noted from a file gone reads back as the same place, whatever its
 * keys hold; a malformed line is a warning naming its line, and the others still hold; an article file of the same
 * story or address takes its place back.
 */
class DeletedPlacesTest {

    @TempDir
    Path dir;

    private SiteConfig config() {
        return SiteConfig.builder(dir).build();
    }

    private ContentFile article(String path, String frontMatter) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + frontMatter + "\n---\nText.\n");
        ContentReader.Result read = new ContentReader().read(dir, file);
        assertEquals(List.of(), read.problems());
        return read.files().get(0);
    }

    @Test
    void aPlaceNotedReadsBackAsTheSamePlaceWhateverItsKeysHold() throws IOException {
        ContentFile gone = article("articles/2022/a.en.md", "title: \"A\"\nlang: en"
                + "\ndate: \"2022-03-01T10:30:00+08:00\"\ntags: [\"tab\\there\", \"pipe | and \\\\ slash\","
                + " \"line\\nbreak\"]\nreporters: [\"Li | Wei\"]");
        DeletedPlaces noted = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(gone), List.of(), Set.of());
        assertTrue(noted.changed());
        assertEquals(java.util.Set.of("articles/2022/a.en.md"), noted.noted());
        noted.write(config());
        Files.delete(dir.resolve("articles/2022/a.en.md"));

        List<Problem> problems = new ArrayList<>();
        DeletedPlaces read = DeletedPlaces.read(config(), problems);
        assertEquals(List.of(), problems);
        assertFalse(read.changed(), "read, nothing to write");
        List<DeletedPlaces.Place> places = read.keptBeside(List.of());
        assertEquals(noted.keptBeside(List.of()), places);
        WithdrawnPlace place = places.get(0).place();
        assertEquals("en", places.get(0).lang());
        assertEquals("en/2022/03/a/", place.path());
        assertEquals(3, place.tags().size(), place.tags().toString());
        assertTrue(place.tags().get(1).contains("|") && place.tags().get(1).contains("\\"), place.tags().toString());
        for (String value : List.of("a\tb", "a\nb\r", "a|b", "a\\b", "\\t", "end\\")) {
            assertEquals(value, TabFields.unescape(TabFields.escape(value)));
            assertFalse(TabFields.escape(value).matches("(?s).*[\t\n\r].*"), value);
        }
        assertEquals(1, place.reporters().size(), place.reporters().toString());
        assertEquals("2022-03-01T10:30+08:00", place.published().orElseThrow().instant().atOffset(
                java.time.ZoneOffset.ofHours(8)).toString());
        assertEquals(1, Files.readString(dir.resolve("deleted.tsv")).lines().filter(l -> !l.startsWith("#")).count());
    }

    @Test
    void aFileOfManyLinesThatCannotBeReadIsTenWarningsAndOneMore() throws IOException {
        byte[] noise = new byte[100_000];
        new java.util.Random(7).nextBytes(noise);
        Files.write(dir.resolve("deleted.tsv"), noise);
        List<Problem> problems = new ArrayList<>();
        DeletedPlaces read = DeletedPlaces.read(config(), problems);
        assertEquals(11, problems.size(), problems.toString());
        assertTrue(problems.get(10).message().contains("more lines cannot be read either"), problems.get(10).message());
        assertEquals(List.of(), read.keptBeside(List.of()));
    }

    @Test
    void draftsAndScheduledStoriesKeepNoPlace() throws IOException {
        ContentFile draft = article("articles/2022/d.en.md",
                "title: \"D\"\nlang: en\ndate: \"2022-03-01\"\ndraft: true");
        ContentFile later = article("articles/2099/l.en.md", "title: \"L\"\nlang: en\ndate: \"2099-03-01\"");
        DeletedPlaces noted = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(draft, later), List.of(),
                Set.of());
        assertFalse(noted.changed());
        assertEquals(List.of(), noted.keptBeside(List.of()));
    }

    @Test
    void aMalformedLineIsAWarningNamingItAndTheOthersHold() throws IOException {
        Files.writeString(dir.resolve("deleted.tsv"), String.join("\n",
                "# a comment",
                "en\t2022-03-01\tstory-a\ten/2022/03/story-a/\t\teconomy\t",
                "fr\t2022-03-01\tstory-b\tfr/2022/03/story-b/\t\t\t",
                "zh\tyesterday\tstory-c\tzh/2022/03/story-c/\t\t\t",
                "zh\t2022-03-02",
                "zh\t2022-03-02\tstory-d\tzh/2022/03/story-d/",
                "en\t2022-03-01\tstory-a\ten/2022/03/story-a/\t\teconomy\t",
                ""), StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        DeletedPlaces read = DeletedPlaces.read(config(), problems);
        assertEquals(List.of(3, 4, 5, 7), problems.stream().map(Problem::line).toList(), problems.toString());
        assertTrue(problems.get(3).message().startsWith("line 2 keeps a place at the same address"),
                problems.get(3).message());
        problems.forEach(p -> assertEquals("deleted.tsv", p.file()));
        assertTrue(problems.get(0).message().contains("language 'fr'"), problems.get(0).message());
        assertEquals(List.of("en/2022/03/story-a/", "zh/2022/03/story-d/"),
                read.keptBeside(List.of()).stream().map(p -> p.place().path()).toList(),
                "a line whose last tabs an editor took still holds");
    }

    @Test
    void aFileSavedWithCarriageReturnsAndAByteOrderMarkReadsTheSame() throws IOException {
        Files.writeString(dir.resolve("deleted.tsv"),
                "\uFEFF# places\r\nen\t2022-03-01\ta\ten/2022/03/a/\t\tx|y\tz\r\n");
        List<Problem> problems = new ArrayList<>();
        List<DeletedPlaces.Place> kept = DeletedPlaces.read(config(), problems).keptBeside(List.of());
        assertEquals(List.of(), problems);
        assertEquals(List.of("x", "y"), kept.get(0).place().tags());
        assertEquals(List.of("z"), kept.get(0).place().reporters());
    }

    @Test
    void aLineNotInUtf8IsAWarningAndTheOthersHoldAndAreWrittenBackAsTheyWere() throws IOException {
        byte[] bad = "# a note by Ren\u00e9\nen\t2022-03-01\tb\ten/2022/03/b/\t\t\t\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = "en\t2022-03-01\ta\ten/2022/03/a/\t\t\t\nZH\t2022-03-01\tc\tzh/2022/03/c/\t\t\t\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, all, 0, bad.length);
        System.arraycopy(good, 0, all, bad.length, good.length);
        Files.write(dir.resolve("deleted.tsv"), all);
        List<Problem> problems = new ArrayList<>();
        DeletedPlaces read = DeletedPlaces.read(config(), problems);
        assertEquals(List.of(1, 4), problems.stream().map(Problem::line).toList(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("not UTF-8"), problems.get(0).message());
        assertEquals(List.of("en/2022/03/a/", "en/2022/03/b/"),
                read.keptBeside(List.of()).stream().map(p -> p.place().path()).toList());

        // A place noted later keeps every line as it was, the one it replaces aside.
        ContentFile gone = article("articles/2022/a.en.md", "title: \"A\"\nlang: en\ndate: \"2022-03-01\"");
        DeletedPlaces noted = read.with(config(), Glossary.empty(), List.of(gone), List.of(), Set.of());
        noted.write(config());
        byte[] written = Files.readAllBytes(dir.resolve("deleted.tsv"));
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith(new String(bad, StandardCharsets.ISO_8859_1)), text);
        assertTrue(text.contains("ZH\t2022-03-01\tc"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("en\t2022-03-01\tarticles/2022/a\t")).count(), text);
        assertEquals(0, text.lines().filter(l -> l.startsWith("en\t2022-03-01\ta\t")).count(), text);
    }

    @Test
    void anAddressOutsideItsLanguageOrWithDotsIsAWarning() throws IOException {
        Files.writeString(dir.resolve("deleted.tsv"), "en\t2022-03-01\ta\t../../tmp/x/\t\t\t\n"
                + "en\t2022-03-01\tb\ten/../../x/\t\t\t\nen\t2022-03-01\tc\tzh/2022/03/c/\t\t\t\n");
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of(), DeletedPlaces.read(config(), problems).keptBeside(List.of()));
        assertEquals(List.of(1, 2, 3), problems.stream().map(Problem::line).toList(), problems.toString());
    }

    @Test
    void aFolderInItsPlaceIsAWarning() throws IOException {
        Files.createDirectories(dir.resolve("deleted.tsv"));
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of(), DeletedPlaces.read(config(), problems).keptBeside(List.of()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("not a file"), problems.get(0).message());
    }

    @Test
    void aFileGoneThatAnotherContinuesKeepsNoPlace() throws IOException {
        ContentFile gone = article("articles/2022/old-name.en.md", "title: \"A\"\nlang: en\ndate: \"2022-03-01\"");
        ContentFile renamed = article("articles/2022/new-name.en.md", "title: \"A\"\nlang: en\ndate: \"2022-03-01\"");
        DeletedPlaces noted = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(gone),
                TranslationPairs.pair(List.of(renamed)).groups(), Set.of("articles/2022/new-name.en.md"));
        assertFalse(noted.changed());
        assertEquals(java.util.Map.of("articles/2022/old-name.en.md", "articles/2022/new-name.en.md"), noted.renamed());
    }

    @Test
    void anArticleOfTheSameStoryOrAddressTakesItsPlaceBack() throws IOException {
        Files.writeString(dir.resolve("deleted.tsv"), "en\t2022-03-01\tarticles/2022/a\ten/2022/03/a/\t\t\t\n"
                + "en\t2022-03-01\tother-key\ten/2022/03/b/\t\t\t\n"
                + "zh\t2022-03-01\tarticles/2022/a\tzh/2022/03/a/\t\t\t\n");
        DeletedPlaces read = DeletedPlaces.read(config(), new ArrayList<>());
        ContentFile back = article("articles/2022/a.en.md", "title: \"A\"\nlang: en\ndate: \"2022-03-01\"");
        ContentFile atB = article("articles/2022/b.en.md", "title: \"B\"\nlang: en\ndate: \"2022-03-01\"");
        List<DeletedPlaces.Place> kept = read.keptBeside(TranslationPairs.pair(List.of(back, atB)).groups());
        assertEquals(List.of("zh/2022/03/a/"), kept.stream().map(p -> p.place().path()).toList(),
                "the story's other language keeps its place");
    }

    @Test
    void aLineWhoseAddressIsNoArticlePageOfItsLanguageAndDateIsAWarning() throws IOException {
        String[] addresses = {"zh/", "zh/tags/economy/", "zh/2024/13/x/", "zh/9999/02/x/", "zh/2024/02/a b/",
            "zh/2024/02/<script>alert(1)</script>/", "zh/2024/02/x/parallel/", "zh/undated/x/", "zh/2024/02/X/"};
        StringBuilder file = new StringBuilder("zh\t2024-02-09\tgood\tzh/2024/02/good-2/\t\t\t\n"
                + "zh\t\tundated\tzh/undated/some-story/\t\t\t\n");
        for (String address : addresses) {
            file.append("zh\t2024-02-09\tkey\t").append(address).append("\t\t\t\n");
        }
        Files.writeString(dir.resolve("deleted.tsv"), file.toString());
        List<Problem> problems = new ArrayList<>();

        List<DeletedPlaces.Place> kept = DeletedPlaces.read(config(), problems).keptBeside(List.of());

        assertEquals(List.of("zh/2024/02/good-2/", "zh/undated/some-story/"),
                kept.stream().map(p -> p.place().path()).sorted().toList());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11), problems.stream().map(Problem::line).toList(),
                problems.toString());
        assertTrue(problems.get(0).message().contains("zh/2024/02/slug/"), problems.get(0).message());
    }

    @Test
    void aFileGoneWhoseOtherLanguageStaysKeepsTheReportersTheStoryHasFromIt() throws IOException {
        ContentFile zh = article("articles/2024/a.zh.md", "title: \"甲\"\nlang: zh\ndate: \"2024-03-01\""
                + "\nreporters: [\"李明\"]\nsection: \"cj\"");
        ContentFile en = article("articles/2024/a.en.md", "title: \"A\"\nlang: en\ndate: \"2024-03-01\"");
        List<TranslationPairs.Group> both = TranslationPairs.pair(List.of(zh, en)).groups();
        DeletedPlaces alone = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(en), List.of(), Set.of());
        DeletedPlaces beside = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(en),
                TranslationPairs.pair(List.of(zh)).groups(), Set.of());

        DeletedPlaces.Place place = beside.keptBeside(List.of()).get(0);
        DeletedPlaces.Place fromBoth = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(zh, en),
                List.of(), Set.of()).keptBeside(List.of()).stream().filter(p -> p.lang().equals("en")).findFirst()
                .orElseThrow();
        assertEquals(fromBoth.place().reporters(), place.place().reporters());
        assertEquals(fromBoth.place().section(), place.place().section());
        assertFalse(place.place().reporters().isEmpty(), place.toString());
        assertTrue(alone.keptBeside(List.of()).get(0).place().reporters().isEmpty(), "the file alone has none");
        assertEquals(2, both.get(0).files().size());
    }

    @Test
    void aFileGoneWithTheTitleAndDateOfAFileTheLastBuildHadIsNoRename() throws IOException {
        String brief = "title: \"每日简报\"\nlang: zh\ndate: \"2024-03-15\"";
        ContentFile gone = article("articles/2024/brief-a.zh.md", brief);
        ContentFile other = article("articles/2024/brief-b.zh.md", brief);

        DeletedPlaces noted = DeletedPlaces.none().with(config(), Glossary.empty(), List.of(gone),
                TranslationPairs.pair(List.of(other)).groups(), Set.of());

        assertEquals(Set.of("articles/2024/brief-a.zh.md"), noted.noted());
        assertEquals(java.util.Map.of(), noted.renamed());
    }

    @Test
    void aStoryNotedAgainAtAnotherAddressReplacesItsLine() throws IOException {
        Files.writeString(dir.resolve("deleted.tsv"), "# mine\nzh\t2024-02-08\tarticles/2024/s\tzh/2024/02/s/\t\t\t\n"
                + "zh\t2024-02-09\tother\tzh/2024/02/other/\t\t\t\n");
        ContentFile back = article("articles/2024/s.zh.md", "title: \"甲\"\nlang: zh\ndate: \"2024-05-08\"");
        List<Problem> problems = new ArrayList<>();

        DeletedPlaces noted = DeletedPlaces.read(config(), problems).with(config(), Glossary.empty(), List.of(back),
                List.of(), Set.of());

        assertEquals(List.of(), problems);
        assertEquals(List.of("zh/2024/02/other/", "zh/2024/05/s/"),
                noted.keptBeside(List.of()).stream().map(p -> p.place().path()).sorted().toList());
        String written = new String(noted.bytes(), StandardCharsets.UTF_8);
        assertFalse(written.contains("zh/2024/02/s/"), written);
        assertTrue(written.startsWith("# mine\n"), written);
        assertEquals(Set.of("zh/2024/02/other/"), DeletedPlaces.read(config(), problems)
                .addresses(TranslationPairs.pair(List.of(back)).groups()), "a place taken back is no page gone");
    }

    @Test
    void aLinkOutOfTheSiteIsNotReadAndWhatItNamesIsLeftAlone() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("places.tsv");
        Files.writeString(outside, "# out\nen\t2022-03-01\ta\ten/2022/03/a/\t\t\t\n");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createSymbolicLink(site.resolve("deleted.tsv"), outside);
        SiteConfig config = SiteConfig.builder(site).build();
        List<Problem> problems = new ArrayList<>();

        DeletedPlaces read = DeletedPlaces.read(config, problems);

        assertEquals(List.of(), read.keptBeside(List.of()));
        assertEquals(1, problems.size(), problems.toString());
        read.write(config);
        assertFalse(Files.isSymbolicLink(site.resolve("deleted.tsv")));
        assertTrue(Files.readString(outside).startsWith("# out\n"), "left alone");
    }
}
