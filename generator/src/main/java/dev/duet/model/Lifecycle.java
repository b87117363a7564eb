package dev.duet.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the site holds besides its published articles: the pages of withdrawn stories, the redirects from old
 * addresses, and the stories scheduled for later.
 *
 * @param withdrawn the articles withdrawn after publishing, whose addresses now say so, in path order
 * @param redirects the redirects from old addresses to articles, in path order
 * @param schedule what is waiting to be published, and the moments between which the site stays as it is
 * @param standIns the 中英对照 addresses of published Chinese articles whose English version is a draft, scheduled
 *     for later or deleted: each leads to the Chinese article until the translation is published again, in path
 *     order (not aliases: no feed takes its id from one)
 */
public record Lifecycle(List<Withdrawn> withdrawn, List<Redirect> redirects, Schedule schedule,
        List<Redirect> standIns) {

    /** A site with nothing withdrawn, redirected or waiting. */
    public static final Lifecycle NONE = new Lifecycle(List.of(), List.of(), Schedule.NONE, List.of());

    public Lifecycle {
        withdrawn = List.copyOf(withdrawn);
        redirects = List.copyOf(redirects);
        standIns = List.copyOf(standIns);
    }

    /**
     * An article withdrawn after it was published ({@code unpublished: true}): its address keeps a page saying so.
     *
     * @param lang its language's code
     * @param languageTag its BCP 47 tag
     * @param path its page's site path, ending in {@code /}
     * @param file its article file, for messages
     * @param notes why it was withdrawn, when its file's {@code correction} says: each note a paragraph, in the
     *     file's language; its text and title are never shown
     */
    public record Withdrawn(String lang, String languageTag, String path, String file, List<String> notes) {

        public Withdrawn {
            notes = List.copyOf(notes);
        }

        public Withdrawn(String lang, String languageTag, String path, String file) {
            this(lang, languageTag, path, file, List.of());
        }
    }

    /**
     * An old address that leads to an article's page.
     *
     * @param path the output file at the old address ({@code zh/2024/05/old/index.html})
     * @param target the site path of the page it leads to, ending in {@code /}
     * @param lang the language of that page
     * @param languageTag its BCP 47 tag ({@code zh-Hant} for a Traditional article)
     * @param file the article file that names the old address, for messages
     * @param line the line of its {@code aliases:}
     * @param position its place in the file's {@code aliases} (0 for the first): the first is the address a story
     *     moved by a new date or slug was first published at, which its feed entries keep as their id
     */
    public record Redirect(String path, String target, String lang, String languageTag, String file, int line,
            int position) {
    }

    /**
     * The stories whose date is after the build time.
     *
     * @param waiting how many stories have an article waiting
     * @param nextDue when the first of them is due
     * @param lastPublished the latest date of an article the build published (or withdrew): a build at an earlier
     *     time would not publish it
     */
    public record Schedule(int waiting, Optional<Instant> nextDue, Optional<Instant> lastPublished) {

        /** Nothing waiting, nothing published. */
        public static final Schedule NONE = new Schedule(0, Optional.empty(), Optional.empty());

        /**
         * Whether a build at {@code time} publishes the same articles as the build that made this schedule: no
         * story has become due, and none it published is after it.
         */
        public boolean holdsAt(Instant time) {
            return nextDue.filter(due -> !time.isBefore(due)).isEmpty()
                    && lastPublished.filter(last -> time.isBefore(last)).isEmpty();
        }

        /** For the build's summary: how many stories wait, and when the next is due in China Standard Time. */
        public String describe() {
            if (waiting == 0 || nextDue.isEmpty()) {
                return "";
            }
            String due = java.time.LocalDateTime.ofInstant(nextDue.get(), java.time.ZoneOffset.ofHours(8))
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT));
            return waiting + (waiting == 1 ? " story" : " stories") + " scheduled, the next due " + due
                    + " (UTC+8)";
        }
    }
}
