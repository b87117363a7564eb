package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.FrontMatter;
import dev.duet.content.NewsTime;
import dev.duet.content.TranslationPairs;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which article files the build publishes, at its build time: not a draft ({@code draft: true}: never published,
 * the file alone, so a translation still being written keeps its original live), not scheduled (a date after the
 * build time), and not withdrawn. {@code unpublished: true} on either file of a story withdraws the story in both
 * languages: withdrawing is a decision about what the story says, and a live translation of a withdrawn story is
 * the accident to prevent.
 */
final class Publishing {

    private final Instant buildTime;
    private final boolean showsDrafts;
    /** The translation keys of the withdrawn stories. */
    private final Set<String> withdrawn = new HashSet<>();

    Publishing(SiteConfig config, List<TranslationPairs.Group> groups) {
        this.buildTime = config.buildTime();
        this.showsDrafts = config.showsDrafts();
        for (TranslationPairs.Group group : groups) {
            if (group.files().stream().anyMatch(f -> !isDraft(config, f.frontMatter())
                    && f.frontMatter().publication().unpublished())) {
                withdrawn.add(group.key());
            }
        }
    }

    /** Whether the file's article is published: neither a draft, nor scheduled, nor of a withdrawn story. */
    boolean isLive(ContentFile file, TranslationPairs.Group group) {
        return wasPublished(file) && !withdrawn.contains(group.key());
    }

    /** Whether the file's article was withdrawn: it was published, and its story is withdrawn. */
    boolean isWithdrawn(ContentFile file, TranslationPairs.Group group) {
        return wasPublished(file) && withdrawn.contains(group.key());
    }

    /** Neither a draft nor scheduled for later. */
    private boolean wasPublished(ContentFile file) {
        FrontMatter fm = file.frontMatter();
        return (showsDrafts || !fm.draft()) && !isScheduled(fm);
    }

    /** Whether the build keeps the article out as a draft: it says so, and this is no preview that shows drafts. */
    static boolean isDraft(SiteConfig config, FrontMatter fm) {
        return fm.draft() && !config.showsDrafts();
    }

    private boolean isScheduled(FrontMatter fm) {
        return fm.publication().due().filter(at -> at.isAfter(buildTime)).isPresent();
    }

    /** How many stories wait, when the next is due, and the latest moment of an article published. */
    Lifecycle.Schedule schedule(List<TranslationPairs.Group> groups) {
        int waiting = 0;
        Optional<Instant> next = Optional.empty();
        Optional<Instant> last = Optional.empty();
        for (TranslationPairs.Group group : groups) {
            boolean waits = false;
            for (ContentFile file : group.files()) {
                FrontMatter fm = file.frontMatter();
                Optional<Instant> at = fm.publication().due();
                if ((fm.draft() && !showsDrafts) || at.isEmpty()) {
                    continue;
                }
                if (at.get().isAfter(buildTime)) {
                    waits = true;
                    next = next.filter(n -> !n.isAfter(at.get())).or(() -> at);
                } else {
                    last = last.filter(l -> !l.isBefore(at.get())).or(() -> at);
                }
            }
            waiting += waits ? 1 : 0;
        }
        return new Lifecycle.Schedule(waiting, next, last);
    }
}
