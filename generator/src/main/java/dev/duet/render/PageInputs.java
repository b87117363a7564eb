package dev.duet.render;

import dev.duet.io.Hash128;
import dev.duet.model.ArticlePage;
import dev.duet.model.TagPage;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The digest of what a file's view is made from, for the kinds of file that make up most of a site: article,
 * parallel and list pages, feeds and the sitemaps of articles and tags. It names the articles the file shows (each by
 * its digest, every field of it), the file's place in its list, and what every view shares. Their view builders
 * ({@link PageViews#article}, {@link PageViews#parallel}, {@link PageViews#list}, {@link FeedViews#feed}, {@link
 * FeedViews#sitemap}) read nothing else but the configuration and theme, which the salt holds, so equal inputs give
 * an equal view, and a rebuild skips the file without making its view. Other kinds of file have no inputs (empty):
 * their fingerprint is taken from their view each time.
 */
final class PageInputs {

    /** The salt and what every view shares (the site views and UI strings), digested once. */
    private final String shared;
    /** An article's digest: every field of it, the Markdown included. */
    private final Function<ArticlePage, String> digest;

    PageInputs(String shared, Function<ArticlePage, String> digest) {
        this.shared = shared;
        this.digest = digest;
    }

    /** The inputs of a file, empty when its kind has none; {@code related} are an article page's related articles. */
    String of(SitePlan.File file, List<ArticlePage> related) {
        if (!described(file)) {
            return "";
        }
        Hash128 print = new Hash128().text(shared).text(file.template()).text(file.path());
        if (file instanceof SitePlan.ArticleFile f) {
            print.mark('A');
            article(print, f.article());
            article(print, f.older());
            article(print, f.newer());
            articles(print, related);
        } else if (file instanceof SitePlan.ParallelFile f) {
            print.mark('P');
            article(print, f.article());
            article(print, f.other());
        } else if (file instanceof SitePlan.ListFile f) {
            SitePlan.ArticleList list = f.list();
            print.mark('L').text(list.kind()).text(list.title()).text(list.lang()).text(list.first())
                    .number(list.articles().size()).text(list.feedPath()).number(f.page()).number(f.pages());
            print.mark(list.translation().isPresent() ? 'o' : 'e');
            list.translation().ifPresent(t -> print.text(t.lang()).text(t.languageTag()).text(t.path())
                    .text(t.title()));
            articles(print, f.page() == 0 ? list.mostRead() : List.of());
            articles(print, f.slice());
            list.slots().print(print);
        } else if (file instanceof SitePlan.FeedFile f) {
            print.mark('F').text(f.lang()).text(f.title()).text(f.pagePath()).mark(f.fullContent() ? 't' : 'f');
            articles(print, f.newest());
        } else if (file instanceof SitePlan.SitemapFile f) {
            print.mark('S').mark(f.tagDates() ? 't' : 'f').number(f.sources().size());
            for (Object source : f.sources()) {
                if (source instanceof ArticlePage article) {
                    print.mark('a');
                    article(print, article);
                } else {
                    // A tag page's entry: its address, and the date of its newest article when the file shows it.
                    TagPage tag = (TagPage) source;
                    print.mark('t').text(tag.path());
                    if (f.tagDates()) {
                        print.text(tag.articles().get(0).date().map(Object::toString).orElse(""));
                    }
                }
            }
        }
        return print.hex();
    }

    /**
     * The kinds of file that have inputs. A sitemap that lists a language's home has none: the home's date is its
     * newest article's, which the file does not hold.
     */
    private static boolean described(SitePlan.File file) {
        if (file instanceof SitePlan.SitemapFile f) {
            return f.sources().stream().allMatch(s -> s instanceof ArticlePage || s instanceof TagPage);
        }
        return file instanceof SitePlan.ArticleFile || file instanceof SitePlan.ParallelFile
                || file instanceof SitePlan.ListFile || file instanceof SitePlan.FeedFile;
    }

    private void article(Hash128 print, Optional<ArticlePage> article) {
        print.mark(article.isPresent() ? 'o' : 'e');
        article.ifPresent(a -> article(print, a));
    }

    private void article(Hash128 print, ArticlePage article) {
        print.text(digest.apply(article));
    }

    private void articles(Hash128 print, List<ArticlePage> articles) {
        print.mark('l').number(articles.size());
        for (ArticlePage article : articles) {
            article(print, article);
        }
    }
}
