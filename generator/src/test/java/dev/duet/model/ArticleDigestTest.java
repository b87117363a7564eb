package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.duet.content.Body;
import dev.duet.content.NewsTime;
import dev.duet.image.Picture;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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

    /**
     * Every component of every record a page holds, found by reflection, so that a component added to any of them
     * later is changed here too: each change, one at a time, changes the digest. A component of a type this test
     * cannot change fails it, until the test (and the digest) are taught the type.
     */
    @Test
    void changesWithEveryComponentOfEveryRecordAPageHolds() throws Exception {
        Picture picture = new Picture("images/a.jpg", false, "jpeg", 1200, 800,
                List.of(new Picture.Variant(640, 427, "images/ab12/640.jpg")));
        ArticleImage image = new ArticleImage("a.jpg", picture, "桥", "大桥通车", Optional.of("新华社"));
        NewsTime at = new NewsTime(LocalDate.of(2024, 5, 20), Optional.of(LocalTime.of(9, 30)), NewsTime.CHINA);
        Attribution by = new Attribution(BY.dateline(), BY.agency(), BY.reporters(), BY.sourceUrl(),
                Optional.of("新华网"));
        ArticlePage base = new ArticlePage("key", "zh", "zh-Hans", "标题", Optional.of("长标题"), Optional.of(at),
                "zh/2024/05/slug/", Body.of("正文。"), "articles/2024/slug.zh.md", 12, TAGS, by, Optional.of(3), EN,
                Optional.of(at), Optional.of("更正"), Optional.of(new Tag("gn", "gn", "国内")),
                List.of(new Tag("蒋方", "jiang-fang", "蒋方")), Optional.of(image), List.of(image));

        Map<String, Object> changes = new LinkedHashMap<>();
        changesOf("article", base, changes);
        assertTrue(changes.size() > 50, "every component reached: " + changes.keySet());
        String digest = ArticleDigest.of(base);
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            assertNotEquals(digest, ArticleDigest.of((ArticlePage) change.getValue()), change.getKey());
        }
    }

    /** Each way of changing {@code value} by one step, by the path of what changed. */
    private static void changesOf(String path, Object value, Map<String, Object> changes) throws Exception {
        if (value instanceof String text) {
            changes.put(path, text + "x");
        } else if (value instanceof Integer number) {
            changes.put(path, number + 1);
        } else if (value instanceof Long number) {
            changes.put(path, number + 1);
        } else if (value instanceof Boolean bool) {
            changes.put(path, !bool);
        } else if (value instanceof LocalDate date) {
            changes.put(path, date.plusDays(1));
        } else if (value instanceof LocalTime time) {
            changes.put(path, time.plusSeconds(1));
        } else if (value instanceof ZoneOffset offset) {
            changes.put(path, ZoneOffset.ofTotalSeconds(offset.getTotalSeconds() + 3600));
        } else if (value instanceof Body body) {
            changes.put(path, Body.of(body.text() + "x"));
        } else if (value instanceof Optional<?> optional) {
            assertTrue(optional.isPresent(), path + ": the page to change has every optional part");
            changes.put(path + " (absent)", Optional.empty());
            Map<String, Object> inner = new LinkedHashMap<>();
            changesOf(path, optional.get(), inner);
            inner.forEach((at, changed) -> changes.put(at, Optional.of(changed)));
        } else if (value instanceof List<?> list) {
            assertTrue(!list.isEmpty(), path + ": the page to change has an item in every list");
            List<Object> longer = new ArrayList<>(list);
            longer.add(list.get(0));
            changes.put(path + " (one more)", longer);
            Map<String, Object> inner = new LinkedHashMap<>();
            changesOf(path + "[0]", list.get(0), inner);
            inner.forEach((at, changed) -> {
                List<Object> with = new ArrayList<>(list);
                with.set(0, changed);
                changes.put(at, with);
            });
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                components[i].getAccessor().setAccessible(true);
                values[i] = components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            for (int i = 0; i < components.length; i++) {
                Map<String, Object> inner = new LinkedHashMap<>();
                if (record instanceof Translation translation && values[i] instanceof ArticleTexts) {
                    // A link to the other language shows its title; the other texts are the other page's.
                    inner.put(path + ".title", ArticleTexts.titled(translation.title() + "x"));
                } else {
                    changesOf(path + "." + components[i].getName(), values[i], inner);
                }
                for (Map.Entry<String, Object> change : inner.entrySet()) {
                    Object[] args = values.clone();
                    args[i] = change.getValue();
                    changes.put(change.getKey(), canonical.newInstance(args));
                }
            }
        } else {
            fail(path + ": no way to change a " + value.getClass().getName() + "; teach this test and the digest");
        }
    }
}
