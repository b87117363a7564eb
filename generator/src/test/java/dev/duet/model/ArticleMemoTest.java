package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.duet.content.Body;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ArticleMemoTest {

    private static ArticlePage article(String slug) {
        return new ArticlePage(slug, "en", "en", "Title " + slug, Optional.empty(),
                Optional.of(LocalDate.of(2024, 5, 21)), "en/2024/05/" + slug + "/", Body.of("Text of " + slug + "."),
                "articles/" + slug + ".en.md", 5, List.of(), new Attribution(Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty());
    }

    @Test
    void aMemoForOneBuildComputesEachArticlesValueOnce() {
        AtomicInteger computed = new AtomicInteger();
        Function<ArticlePage, String> digest = a -> computed.incrementAndGet() + ArticleDigest.of(a);
        ArticleMemo<String> memo = ArticleMemo.forOneBuild();
        ArticlePage a = article("a");
        String first = memo.get(a, digest);
        assertSame(first, memo.get(a, digest));
        assertEquals(1, computed.get());
    }

    @Test
    void aMemoThatKeepsNothingComputesEachTimeTheSameValue() {
        AtomicInteger computed = new AtomicInteger();
        ArticleMemo<String> memo = ArticleMemo.none();
        ArticlePage a = article("a");
        String first = memo.get(a, x -> {
            computed.incrementAndGet();
            return ArticleDigest.of(x);
        });
        String again = memo.get(a, x -> {
            computed.incrementAndGet();
            return ArticleDigest.of(x);
        });
        assertEquals(first, again);
        assertEquals(2, computed.get());
        assertEquals(ArticleMemo.<String>forOneBuild().get(a, ArticleDigest::of), first, "the same value as kept");
    }
}
