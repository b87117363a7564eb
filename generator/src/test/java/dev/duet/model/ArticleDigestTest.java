package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.duet.content.Body;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An article's digest changes with every field of it, nested records and the body included, and only with them. */
class ArticleDigestTest {

    private static ArticlePage article(String title, Optional<String> headline, String body, List<Tag> tags,
            Attribution attribution, Optional<Integer> views, Optional<Translation> translation, int bodyLine) {
        return new ArticlePage("key", "zh", "zh-Hans", title, headline, Optional.of(LocalDate.of(2024, 5, 20)),
                "zh/2024/05/slug/", Body.of(body), "articles/2024/slug.zh.md", bodyLine, tags, attribution,
                views, translation);
    }

    private static final List<Tag> TAGS = List.of(new Tag("wang yi", "wang-yi", "王毅"));
    private static final Attribution BY = new Attribution(Optional.of("新华社北京5月20日电"), Optional.of("新华社"),
            List.of("蒋方"), Optional.of("https://www.news.cn/a.htm"), Optional.empty());
    private static final Optional<Translation> EN = Optional.of(new Translation("en", "en", "en/2024/05/slug/",
            "Title"));

    @Test
    void changesWithEveryFieldAndOnlyWithThem() {
        ArticlePage base = article("标题", Optional.empty(), "正文。", TAGS, BY, Optional.of(3), EN, 12);
        assertEquals(ArticleDigest.of(base), ArticleDigest.of(article("标题", Optional.empty(), "正文。",
                new ArrayList<>(TAGS), BY, Optional.of(3), EN, 12)), "equal articles, equal digests");

        Map<String, ArticlePage> changed = new LinkedHashMap<>();
        changed.put("title", article("标题二", Optional.empty(), "正文。", TAGS, BY, Optional.of(3), EN, 12));
        changed.put("headline", article("标题", Optional.of(""), "正文。", TAGS, BY, Optional.of(3), EN, 12));
        changed.put("body", article("标题", Optional.empty(), "正文！", TAGS, BY, Optional.of(3), EN, 12));
        changed.put("tag name", article("标题", Optional.empty(), "正文。", List.of(new Tag("wang yi", "wang-yi",
                "王 毅")), BY, Optional.of(3), EN, 12));
        changed.put("reporters", article("标题", Optional.empty(), "正文。", TAGS, new Attribution(BY.dateline(),
                BY.agency(), List.of("蒋", "方"), BY.sourceUrl(), BY.sourceName()), Optional.of(3), EN, 12));
        changed.put("views", article("标题", Optional.empty(), "正文。", TAGS, BY, Optional.of(4), EN, 12));
        changed.put("translation title", article("标题", Optional.empty(), "正文。", TAGS, BY, Optional.of(3),
                Optional.of(new Translation("en", "en", "en/2024/05/slug/", "Title!")), 12));
        changed.put("body line", article("标题", Optional.empty(), "正文。", TAGS, BY, Optional.of(3), EN, 13));
        for (Map.Entry<String, ArticlePage> one : changed.entrySet()) {
            assertNotEquals(ArticleDigest.of(base), ArticleDigest.of(one.getValue()), one.getKey());
        }
    }
}
