package dev.duet.maven;

import dev.duet.config.SiteConfig;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that render the site, build and serve: the theme, titles, lists, feeds and the build's clock. */
abstract class AbstractRenderMojo extends AbstractSiteMojo {

    /** Template, static file and UI string overrides of the site; a file here replaces the theme's. */
    @Parameter(property = "duet.themeDir", defaultValue = "theme")
    protected String themeDir;

    /** Files copied into the output as they are. */
    @Parameter(property = "duet.staticDir", defaultValue = "static")
    protected String staticDir;

    /** The theme: {@code default}, or a folder of the site holding {@code templates/}. */
    @Parameter(property = "duet.theme", defaultValue = "default")
    protected String theme;

    /** The site's title on Chinese pages. */
    @Parameter(property = "duet.titleZh", defaultValue = "双语新闻")
    protected String titleZh;

    /** The site's title on English pages. */
    @Parameter(property = "duet.titleEn", defaultValue = "Bilingual News")
    protected String titleEn;

    /** A one-line description on Chinese pages. */
    @Parameter(property = "duet.descriptionZh", defaultValue = "中英双语新闻")
    protected String descriptionZh;

    /** A one-line description on English pages. */
    @Parameter(property = "duet.descriptionEn", defaultValue = "News in Chinese and English")
    protected String descriptionEn;

    /** Articles per page on home, tag and archive pages. */
    @Parameter(property = "duet.pageSize", defaultValue = "10")
    protected int pageSize;

    /** Entries per Atom feed. */
    @Parameter(property = "duet.feedSize", defaultValue = "20")
    protected int feedSize;

    /** How many stories the "most read" box lists (0: none). */
    @Parameter(property = "duet.mostReadCount", defaultValue = "5")
    protected int mostReadCount;

    /** The days, counted back from the site's newest story, whose stories the "most read" box ranks by views. */
    @Parameter(property = "duet.mostReadDays", defaultValue = "7")
    protected int mostReadDays;

    /** Whether the main feed of each language carries whole articles ({@code true}) or summaries only. */
    @Parameter(property = "duet.feedFullContent", defaultValue = "true")
    protected boolean feedFullContent;

    /**
     * Whether the feed of each tag carries whole articles too (when {@code feedFullContent} is set); by default a
     * tag's feed carries summaries, since a story is on several tags and its text is in the main feed.
     */
    @Parameter(property = "duet.tagFeedsFullContent", defaultValue = "false")
    protected boolean tagFeedsFullContent;

    /**
     * Also write {@code _redirects} at the site's root, in the format of Netlify and Cloudflare Pages
     * ({@code /old/path/ /new/path/ 301}), a line for each of the articles' {@code aliases}; the redirect pages are
     * made either way.
     */
    @Parameter(property = "duet.redirectsFile", defaultValue = "false")
    protected boolean redirectsFile;

    /**
     * Note the place of a story whose files were deleted since the last build in {@code deleted.tsv}, so that the
     * newer stories keep their pages. Set it to {@code false} in CI, where nothing the build writes in the site's
     * folder is committed: the places are then those the committed file has, as in a clean build, whichever cache
     * the runner restored.
     */
    @Parameter(property = "duet.noteDeletions", defaultValue = "true")
    protected boolean noteDeletions;

    /**
     * Build trusting no cache: render every page, even when the site is up to date.
     */
    @Parameter(property = "duet.force", defaultValue = "false")
    protected boolean force;

    @Override
    protected void configure(SiteConfig.Builder builder) {
        super.configure(builder);
        builder.themeDir(themeDir)
                .staticDir(staticDir)
                .theme(theme)
                .titleZh(titleZh)
                .titleEn(titleEn)
                .descriptionZh(descriptionZh)
                .descriptionEn(descriptionEn)
                .pageSize(pageSize)
                .feedSize(feedSize)
                .mostReadCount(mostReadCount)
                .mostReadDays(mostReadDays)
                .feedFullContent(feedFullContent)
                .tagFeedsFullContent(tagFeedsFullContent)
                .redirectsFile(redirectsFile)
                .noteDeletions(noteDeletions)
                .force(force);
    }
}
