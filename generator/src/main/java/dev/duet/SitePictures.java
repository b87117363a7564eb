package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.image.ImageCatalog;
import dev.duet.image.ImageSettings;
import dev.duet.image.ImageVariants;
import dev.duet.image.Picture;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pictures of one build: the catalog of every picture the articles show, made before the model (pages need
 * each picture's size), and one output file per copy, whose bytes come from the picture cache. A copy's path holds
 * its picture's digest, and its fingerprint the settings, so the render cache skips every copy already written.
 */
final class SitePictures {

    private SitePictures() {
    }

    /**
     * Finds, checks and resizes the pictures the stories' files show, those of a withdrawn story left out: no page
     * shows them, and a damaged one must not fail the build. With {@code later} (a preview), a picture not in the
     * cache is resized when its copies are written, after the pages.
     */
    static ImageCatalog catalog(SiteConfig config, List<TranslationPairs.Group> stories, boolean later)
            throws IOException {
        List<ContentFile> files = stories.stream()
                .filter(story -> story.files().stream().noneMatch(f -> f.frontMatter().publication().unpublished()))
                .flatMap(story -> story.files().stream()).toList();
        List<ImageCatalog.Request> requests = ImageCatalog.requests(files);
        if (requests.isEmpty()) {
            return ImageCatalog.empty();
        }
        ImageVariants variants = variants(config);
        if (config.force()) {
            ImageCatalog.forgetReadings(variants);
        }
        return ImageCatalog.of(config.siteDir(), List.of(config.articlesDir(), config.staticDir()), variants,
                ImageSettings.DEFAULT, config.threads(), requests, later);
    }

    /**
     * One task per copy of a picture that a published article of {@code site} shows: a draft's, a withdrawn or a
     * scheduled article's pictures are not published with it.
     */
    static List<RenderTask> tasks(SiteConfig config, ImageCatalog catalog, Site site) {
        String settings = ImageSettings.DEFAULT.key();
        Set<String> shown = new TreeSet<>();
        for (LanguageSite language : site.languages()) {
            for (ArticlePage article : language.articles()) {
                article.image().ifPresent(image -> image.picture().variants().forEach(v -> shown.add(v.path())));
                article.inline().forEach(image -> image.picture().variants().forEach(v -> shown.add(v.path())));
            }
        }
        return catalog.variants().stream().map(Picture.Variant::path).filter(shown::contains)
                .map(path -> new RenderTask(path,
                () -> "picture " + settings, () -> {
                    try {
                        return RenderTask.Result.of(catalog.copy(path));
                    } catch (IOException e) {
                        return RenderTask.Result.failed(Problem.error("image.copy", path, 0, "cannot make or read"
                                + " the picture's copy in " + config.cacheDir().resolve("images") + ": "
                                + e.getMessage()));
                    }
                })).toList();
    }

    private static ImageVariants variants(SiteConfig config) {
        return new ImageVariants(config.cacheDir(), ImageSettings.DEFAULT);
    }
}
