package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page's fingerprint is a digest of its whole view: whatever a view holds, changing it changes the fingerprint,
 * for every kind of view there is. So no input a page shows can be left out of its fingerprint.
 */
class ViewDigestTest {

    private final ViewDigest digest = new ViewDigest();

    /** Every view a template renders, and the view parts it is made of: what PageViews and FeedViews make. */
    static Stream<Class<?>> viewTypes() {
        Set<Class<?>> makers = Set.of(PageViews.class, FeedViews.class, FrontPageViews.class, Views.class);
        Set<Class<?>> declarers = Set.of(PageKinds.class, FeedViews.class, Views.class);
        return makers.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .map(Method::getReturnType)
                .filter(type -> type.isRecord() && type.getDeclaringClass() != null
                        && declarers.contains(type.getDeclaringClass()))
                .distinct();
    }

    @Test
    void coversEveryKindOfPage() {
        Set<String> kinds = new HashSet<>();
        viewTypes().forEach(type -> kinds.add(type.getSimpleName()));
        assertTrue(kinds.containsAll(Set.of("ArticlePageView", "ParallelPageView", "ListPageView", "TagsPageView",
                "SearchPageView", "ArchivePageView", "LandingPageView", "NotFoundPageView", "FeedView", "SitemapView",
                "SitemapIndexView", "HomePageView", "ReportersPageView")), kinds.toString());
    }

    @ParameterizedTest
    @MethodSource("viewTypes")
    void changingAnythingAViewHoldsChangesItsDigest(Class<?> type) {
        Record view = (Record) Variants.sample(type);
        String print = digest.of("salt", "page.ftlh", view);
        assertEquals(print, new ViewDigest().of("salt", "page.ftlh", (Record) Variants.sample(type)),
                "the same view, the same digest");
        List<Object> variants = Variants.of(view, type);
        assertTrue(variants.size() >= type.getRecordComponents().length, type + " has variants");
        Set<String> prints = new HashSet<>();
        for (Object variant : variants) {
            String other = digest.of("salt", "page.ftlh", (Record) variant);
            assertNotEquals(print, other, () -> "a change goes unnoticed: " + variant);
            prints.add(other);
        }
        assertTrue(prints.size() > variants.size() * 9 / 10, "changes in different places digest apart");
    }

    @Test
    void dependsOnTheTemplateAndTheSalt() {
        Record view = (Record) Variants.sample(FeedViews.SitemapIndexView.class);
        String print = digest.of("salt", "a.ftlh", view);
        assertNotEquals(print, digest.of("salt", "b.ftlh", view));
        assertNotEquals(print, digest.of("other salt", "a.ftlh", view));
    }

    @Test
    void fingerprintsADeferredValueByItsInputsWithoutMakingIt() {
        Deferred<String> html = Deferred.of("digest of the Markdown", () -> fail("made while fingerprinted"));
        Record view = new Views.SearchView("a", "b", "c", java.util.Optional.empty());
        String print = digest.of("salt", "t", new Holder(html, view));
        assertEquals(print, digest.of("salt", "t", new Holder(Deferred.of("digest of the Markdown",
                () -> "<p>x</p>"), view)));
        assertNotEquals(print, digest.of("salt", "t", new Holder(Deferred.of("another digest", () -> ""), view)));
    }

    @Test
    void digestsASharedPartOnceAndByWhatItHolds() {
        Views.SiteView site = (Views.SiteView) Variants.sample(Views.SiteView.class);
        Map<String, String> strings = Map.of("home.title", "Home", "tags.title", "Tags");
        Record page = new Column(site, strings, List.of());
        ViewDigest sharing = new ViewDigest();
        sharing.shared(site);
        sharing.shared(strings);
        String print = sharing.of("salt", "t", page);
        assertEquals(print, sharing.of("salt", "t", page), "digested again from what it remembers");
        for (Object other : Variants.of(site, Views.SiteView.class)) {
            ViewDigest another = new ViewDigest();
            another.shared(other);
            another.shared(strings);
            assertNotEquals(print, another.of("salt", "t", new Column((Views.SiteView) other, strings, List.of())),
                    () -> "a change goes unnoticed: " + other);
        }
        ViewDigest changedStrings = new ViewDigest();
        Map<String, String> other = Map.of("home.title", "Front page", "tags.title", "Tags");
        changedStrings.shared(site);
        changedStrings.shared(other);
        assertNotEquals(print, changedStrings.of("salt", "t", new Column(site, other, List.of())));
    }

    @Test
    void readsAMapInKeyOrderWhateverOrderItIteratesIn() {
        Map<String, String> sorted = new TreeMap<>(Map.of("a", "1", "b", "2", "c", "3"));
        Map<String, String> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(sorted);
        Views.SiteView site = (Views.SiteView) Variants.sample(Views.SiteView.class);
        assertEquals(digest.of("salt", "t", new Column(site, sorted, List.of())),
                digest.of("salt", "t", new Column(site, reversed, List.of())));
    }

    @Test
    void refusesAValueItCannotDigest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> digest.of("salt", "t", new Dated(LocalDate.of(2024, 5, 20))));
        assertTrue(e.getMessage().contains("LocalDate"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private record Holder(Deferred<String> html, Record view) {
    }

    private record Dated(LocalDate date) {
    }

    private record Column(Views.SiteView site, Map<String, String> t, List<Views.ArticleView> articles) {
    }
}
