package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.io.Json;
import dev.duet.model.ArticlePage;
import dev.duet.model.MostRead;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import java.util.List;
import java.util.Map;

/**
 * The files of a language's "most read" box, as {@link SitePlan} lists them: {@code most-read.json}, from which
 * {@code js/most-read.js} fills the box on article pages (so that a story's new views change this file, not every
 * article page), and {@code most-read.xml}, an Atom feed of the same stories. The home page shows the box itself.
 */
final class MostReadPlan {

    static final String JSON = "most-read.json";
    static final String FEED = "most-read.xml";

    private MostReadPlan() {
    }

    /** The language's most read stories under the site's settings. */
    static List<ArticlePage> stories(Site site, String lang) {
        SiteConfig config = site.config();
        return MostRead.of(site, lang, config.mostReadCount(), config.mostReadDays());
    }

    /** The box's files for a language; none when the site shows no box. */
    static List<SitePlan.File> files(Site site, String lang, String title, List<ArticlePage> stories) {
        if (site.config().mostReadCount() == 0) {
            return List.of();
        }
        Permalinks links = new Permalinks(site.config().basePath());
        String json = Json.writeSorted(stories.stream().map(a -> Map.of("title", a.title(), "url",
                links.href(a.path()), "lang", a.languageTag())).toList());
        String home = Permalinks.home(lang);
        return List.of(new SitePlan.TextFile(home + JSON, json),
                new SitePlan.FeedFile(home + FEED, lang, title, home, stories, false));
    }
}
