package dev.duet.model;

import dev.duet.content.ContentFile;
import dev.duet.content.ImageField;
import dev.duet.image.ImageCatalog;
import dev.duet.image.Picture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures of an article page, from its file's {@code image:} and body and the catalog of pictures the build
 * could publish. Both languages share a story's pictures: a file without {@code image:} shows its translation's,
 * with the caption and alternative text the translation gives in this file's language, if any.
 */
final class ArticleImages {

    private ArticleImages() {
    }

    /**
     * The lead picture of {@code file}, whose translations are the other files of {@code group}. Only a translation
     * this build publishes lends its picture: a draft's or a scheduled file's picture may not be cleared yet.
     */
    static Optional<ArticleImage> lead(ContentFile file, List<ContentFile> group, Set<ContentFile> published,
            ImageCatalog catalog) {
        String lang = file.frontMatter().lang();
        Optional<ContentFile> named = file.frontMatter().image().isPresent() ? Optional.of(file)
                : group.stream().filter(other -> other != file && published.contains(other)
                        && other.frontMatter().image().isPresent()).findFirst();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        ImageField field = named.get().frontMatter().image().get();
        Optional<Picture> picture = catalog.find(named.get().path(), field.src());
        return picture.map(p -> new ArticleImage(field.src(), p, field.alt(lang).orElse(""),
                field.caption(lang).orElse(""), field.credit(lang)));
    }

    /** The pictures of the body of {@code file} that can be shown, in address order. */
    static List<ArticleImage> inline(ContentFile file, ImageCatalog catalog) {
        List<ArticleImage> out = new ArrayList<>();
        String lead = file.frontMatter().image().map(ImageField::src).orElse("");
        for (Map.Entry<String, Picture> entry : catalog.of(file.path()).entrySet()) {
            if (!entry.getKey().equals(lead) || bodyNames(file, entry.getKey())) {
                out.add(new ArticleImage(entry.getKey(), entry.getValue(), "", "", Optional.empty()));
            }
        }
        return out;
    }

    private static boolean bodyNames(ContentFile file, String src) {
        return file.body().imageSources().contains(src);
    }
}
