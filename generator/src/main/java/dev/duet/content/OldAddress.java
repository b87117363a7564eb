package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps an article's old address when import moves it: when the text import writes over a file gives the article
 * another date (say, an undated article whose source now has one) or slug, the address it had is added to the
 * file's {@code aliases}, so that links to it lead to the new one. The redirect lives in the content, and every
 * build makes it again from it.
 */
final class OldAddress {

    private OldAddress() {
    }

    /** {@code after} with the address of {@code before} in its aliases, when the two addresses differ. */
    static byte[] kept(String path, byte[] before, byte[] after) {
        Optional<FrontMatter> old = new ContentReader().read(path, before, new Problems()).map(ContentFile::frontMatter);
        Optional<FrontMatter> now = new ContentReader().read(path, after, new Problems()).map(ContentFile::frontMatter);
        if (old.isEmpty() || now.isEmpty() || old.get().draft()) {
            return after;
        }
        String was = "/" + address(path, old.get());
        if (was.equals("/" + address(path, now.get())) || now.get().publication().aliases().contains(was)) {
            return after;
        }
        String text = new String(after, StandardCharsets.UTF_8);
        Optional<ArticleFileText> split = ArticleFileText.split(path, after, new Problems());
        if (split.isEmpty()) {
            return after;
        }
        List<String> aliases = new ArrayList<>(now.get().publication().aliases());
        aliases.add(was);
        StringBuilder block = new StringBuilder("aliases:\n");
        aliases.forEach(alias -> block.append("  - ").append(YamlText.quote(alias)).append('\n'));
        String yaml = split.get().yaml();
        // A new key goes last, after what import wrote; an editor's own list is replaced where it stands.
        Optional<String> edited = aliases.size() == 1 && !yaml.startsWith("aliases:") && !yaml.contains("\naliases:")
                ? Optional.of(yaml + block) : FrontMatterEdit.replace(yaml, Map.of("aliases", block.toString()));
        int at = text.indexOf(yaml);
        if (edited.isEmpty() || at < 0) {
            return after;
        }
        return (text.substring(0, at) + edited.get() + text.substring(at + yaml.length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The article's address as the build gives it: {@code zh/2024/05/slug/}, {@code en/undated/slug/}. */
    private static String address(String path, FrontMatter fm) {
        String slug = fm.slug().map(Slug::clean).filter(s -> !s.isEmpty()).orElseGet(() -> {
            String name = ContentFile.pairName(path);
            return Slug.clean(name.substring(name.lastIndexOf('/') + 1));
        });
        Optional<LocalDate> date = fm.date();
        String day = date.map(d -> String.format(Locale.ROOT, "%04d/%02d", d.getYear(), d.getMonthValue()))
                .orElse("undated");
        return fm.lang() + "/" + day + "/" + slug + "/";
    }
}
