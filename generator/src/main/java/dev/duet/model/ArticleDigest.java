package dev.duet.model;

import dev.duet.content.Body;
import dev.duet.content.NewsTime;
import dev.duet.image.Picture;
import dev.duet.io.Hash128;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A digest of everything an article page holds (every field, its Markdown and its translation), for telling
 * whether pages made from it may have changed: 128 bits of {@link Hash128}, as hex. Every component of every record
 * the page holds is fed to the hash in declaration order, each with a mark for its kind and texts and lists with
 * their lengths, so that no two pages give the same input; a body counts by its length and its own digest.
 *
 * <p>The components are named one by one rather than walked by reflection: a build digests every article of the
 * site, and this runs several times faster, the first time too. {@code ArticleDigestTest} changes every component
 * of every record reachable from a page, a component added later included, and fails if the digest does not change
 * with it.
 */
public final class ArticleDigest {

    private ArticleDigest() {
    }

    public static String of(ArticlePage article) {
        Hash128 hash = new Hash128();
        hash.mark('A');
        text(hash, article.key());
        text(hash, article.lang());
        text(hash, article.languageTag());
        text(hash, article.title());
        optionalText(hash, article.headline());
        optionalTime(hash, article.published());
        text(hash, article.path());
        body(hash, article.body());
        text(hash, article.file());
        hash.mark('i').number(article.bodyLine());
        tags(hash, article.tags());
        attribution(hash, article.attribution());
        present(hash, article.views(), (h, views) -> h.mark('i').number(views));
        present(hash, article.translation(), ArticleDigest::translation);
        optionalTime(hash, article.updated());
        optionalText(hash, article.correction());
        present(hash, article.section(), ArticleDigest::tag);
        tags(hash, article.reporters());
        present(hash, article.image(), ArticleDigest::image);
        List<ArticleImage> inline = article.inline();
        hash.mark('l').number(inline.size());
        for (ArticleImage one : inline) {
            image(hash, one);
        }
        return hash.hex();
    }

    private static void text(Hash128 hash, String text) {
        hash.mark('s').text(text);
    }

    /** An optional part: marked present or empty, and when present fed by {@code feed}. */
    private static <T> void present(Hash128 hash, Optional<T> value, BiConsumer<Hash128, T> feed) {
        hash.mark(value.isPresent() ? 'o' : 'e');
        if (value.isPresent()) {
            feed.accept(hash, value.get());
        }
    }

    private static void optionalText(Hash128 hash, Optional<String> text) {
        present(hash, text, ArticleDigest::text);
    }

    private static void texts(Hash128 hash, List<String> texts) {
        hash.mark('l').number(texts.size());
        for (String text : texts) {
            text(hash, text);
        }
    }

    private static void optionalTime(Hash128 hash, Optional<NewsTime> time) {
        present(hash, time, (h, t) -> {
            h.mark('N').number(t.date().toEpochDay());
            present(h, t.time(), (in, of) -> in.number(of.toNanoOfDay()));
            h.number(t.offset().getTotalSeconds());
        });
    }

    private static void translation(Hash128 hash, Translation translation) {
        hash.mark('T');
        text(hash, translation.lang());
        text(hash, translation.languageTag());
        text(hash, translation.path());
        text(hash, translation.title());
    }

    private static void body(Hash128 hash, Body body) {
        hash.mark('b').number(body.length()).text(body.digest());
    }

    private static void tag(Hash128 hash, Tag tag) {
        hash.mark('G');
        text(hash, tag.key());
        text(hash, tag.slug());
        text(hash, tag.name());
    }

    private static void tags(Hash128 hash, List<Tag> tags) {
        hash.mark('l').number(tags.size());
        for (Tag tag : tags) {
            tag(hash, tag);
        }
    }

    private static void attribution(Hash128 hash, Attribution attribution) {
        hash.mark('B');
        optionalText(hash, attribution.dateline());
        optionalText(hash, attribution.agency());
        texts(hash, attribution.reporters());
        optionalText(hash, attribution.sourceUrl());
        optionalText(hash, attribution.sourceName());
    }

    private static void image(Hash128 hash, ArticleImage image) {
        hash.mark('I');
        text(hash, image.src());
        Picture picture = image.picture();
        hash.mark('P');
        text(hash, picture.source());
        hash.mark(picture.remote() ? 't' : 'f');
        text(hash, picture.format());
        hash.number(picture.width()).number(picture.height());
        hash.mark('l').number(picture.variants().size());
        for (Picture.Variant variant : picture.variants()) {
            hash.mark('V').number(variant.width()).number(variant.height());
            text(hash, variant.path());
        }
        text(hash, image.alt());
        text(hash, image.caption());
        optionalText(hash, image.credit());
    }
}
