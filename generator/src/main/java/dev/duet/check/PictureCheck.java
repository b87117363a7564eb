package dev.duet.check;

import dev.duet.content.BodyImages;
import dev.duet.content.ContentFile;
import dev.duet.content.ImageField;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a picture desk checks in the articles: pictures without alternative text (a reader who cannot see them
 * learns nothing of them), and, when asked, articles without a lead picture. Both are warnings.
 */
public final class PictureCheck {

    private PictureCheck() {
    }

    /**
     * The problems of the articles of {@code groups}; articles without a lead picture (of their own or their
     * translation's) are reported only when {@code leadRequired}.
     */
    public static List<Problem> run(List<TranslationPairs.Group> groups, boolean leadRequired) {
        List<Problem> problems = new ArrayList<>();
        for (TranslationPairs.Group group : groups) {
            if (group.files().stream().anyMatch(f -> f.frontMatter().publication().unpublished())) {
                continue; // withdrawn: its pictures are not published
            }
            for (ContentFile file : group.files()) {
                if (file.frontMatter().draft()) {
                    continue;
                }
                String lang = file.frontMatter().lang();
                Optional<ImageField> own = file.frontMatter().image();
                // A lead picture given in one language only is the story's: the file that gives it is told.
                ContentFile holder = own.isPresent() ? file : group.files().stream()
                        .filter(f -> f != file && f.frontMatter().image().isPresent()).findFirst().orElse(file);
                Optional<ImageField> lead = holder.frontMatter().image();
                if (lead.isEmpty() && leadRequired) {
                    problems.add(Problem.warning("check.no-lead-image", file.path(), 1, "the article has no lead"
                            + " picture: add 'image:' with 'src', 'alt' and 'caption' to its front matter"));
                }
                // A caption given for the other language's page only: this page shows the picture without one.
                Optional<String> captioned = lead.flatMap(field -> group.files().stream()
                        .filter(other -> other != file && !other.frontMatter().draft())
                        .map(other -> other.frontMatter().lang())
                        .filter(other -> field.caption(other).isPresent()).findFirst());
                if (lead.isPresent() && lead.get().caption(lang).isEmpty() && captioned.isPresent()) {
                    problems.add(Problem.warning("check.image-caption", holder.path(), lead.get().line(), "the lead"
                            + " picture '" + lead.get().src() + "' has a caption in " + captioned.get() + " and none"
                            + " in " + lang + (holder == file ? "" : ", which " + file.path() + " shows") + ": add"
                            + " 'caption: {" + lang + ": …}' under 'image:'"));
                }
                if (lead.isPresent() && lead.get().alt(lang).isEmpty()) {
                    problems.add(Problem.warning("check.image-alt", holder.path(), lead.get().line(), "the lead"
                            + " picture '" + lead.get().src() + "' has no alternative text in " + lang
                            + (holder == file ? "" : ", which " + file.path() + " shows too") + ": add"
                            + " 'alt: {" + lang + ": …}' under 'image:'"));
                }
                // The body's picture addresses are known without its text, which a large site keeps on disk. A
                // file kept from its last reading may no longer hold that text: the build reports the file.
                List<BodyImages.Image> images = file.body().imageSources().isEmpty() ? List.of()
                        : file.body().findText().map(BodyImages::images).orElse(List.of());
                for (BodyImages.Image image : images) {
                    if (image.alt().isEmpty()) {
                        problems.add(Problem.warning("check.image-alt", file.path(),
                                file.bodyLine() + image.line() - 1, "the picture '" + image.src() + "' has no"
                                + " alternative text: say what it shows between the brackets, ![…](" + image.src()
                                + ")"));
                    }
                }
            }
        }
        return problems;
    }
}
