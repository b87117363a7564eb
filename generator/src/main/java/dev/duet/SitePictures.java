package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.image.ImageCatalog;
import dev.duet.image.ImageSettings;
import dev.duet.image.ImageVariants;
import dev.duet.image.Picture;
import dev.duet.model.ArticleImage;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

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
        // Each copy shown, with the picture it is made from and the first article file that shows it, which a
        // copy that cannot be made is reported at (a preview makes copies after the pages, and named only the
        // copy, three times).
        Map<String, Map.Entry<String, String>> shown = new TreeMap<>();
        for (LanguageSite language : site.languages()) {
            for (ArticlePage article : language.articles()) {
                Consumer<ArticleImage> note = image -> image.picture().variants().forEach(v -> shown.merge(v.path(),
                        Map.entry(image.picture().source(), article.file()),
                        (a, b) -> a.getValue().compareTo(b.getValue()) <= 0 ? a : b));
                article.image().ifPresent(note);
                article.inline().forEach(note);
            }
        }
        return catalog.variants().stream().map(Picture.Variant::path).filter(shown::containsKey)
                .map(path -> new RenderTask(path,
                () -> "picture " + settings, () -> {
                    try {
                        return RenderTask.Result.of(catalog.copy(path));
                    } catch (IOException e) {
                        Map.Entry<String, String> from = shown.get(path);
                        return RenderTask.Result.failed(Problem.error("image.copy", from.getValue(), 0, "image '"
                                + from.getKey() + "': its copies cannot be made in " + config.cacheDir()
                                .resolve("images") + " (" + e.getMessage() + "); the pages show it broken until the"
                                + " file is replaced"));
                    }
                })).toList();
    }

    private static ImageVariants variants(SiteConfig config) {
        return new ImageVariants(config.cacheDir(), ImageSettings.DEFAULT);
    }
}
