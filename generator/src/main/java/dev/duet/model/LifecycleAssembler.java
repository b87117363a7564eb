package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.FrontMatter;
import dev.duet.content.NewsTime;
import dev.duet.content.Publication;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles what the site holds besides its published articles ({@link Lifecycle}): an address for each withdrawn
 * article (claimed after the published ones', so a published article never loses its address to a withdrawn one),
 * the redirects of every published or withdrawn article's {@code aliases}, and the schedule.
 */
final class LifecycleAssembler {

    /** How an article file claims its address among those {@code taken} (each address with its file's path). */
    interface PathClaim {
        String claim(ContentFile file, TranslationPairs.Group group, Map<String, String> taken);
    }

    /** A withdrawn article file, its story and the address it claimed. */
    record WithdrawnFile(TranslationPairs.Group group, ContentFile file, String path) {
    }

    private final SiteConfig config;
    private final List<Problem> problems;
    private final List<WithdrawnFile> withdrawnFiles = new ArrayList<>();

    LifecycleAssembler(SiteConfig config, List<Problem> problems) {
        this.config = config;
        this.problems = problems;
    }

    /** A warning for an {@code updated} after the build's time, which readers, feeds and sitemaps would take. */
    private void futureUpdate(ContentFile file) {
        file.frontMatter().publication().updated().filter(at -> at.instant().isAfter(config.buildTime()))
                .ifPresent(at -> problems.add(Problem.warning("content.updated", file.path(), 0, "updated ("
                        + at.timestamp() + ") is after the build's time (" + config.buildTime()
                        .atOffset(NewsTime.CHINA).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        + "): the page, its feed entry and the sitemap say the story changed at a time still to"
                        + " come; write when it changed")));
    }

    /**
     * The lifecycle of a site whose published articles have the addresses {@code paths}; {@code deletedEnglish}
     * holds the keys of the stories whose English file was deleted with its place kept.
     */
    Lifecycle assemble(List<TranslationPairs.Group> groups, Map<ContentFile, String> paths, PathClaim claim,
            Set<String> deletedEnglish) {
        Publishing publishing = new Publishing(config, groups);
        // The addresses taken, and the withdrawn articles' own, made only when an article is withdrawn: a site
        // of a million stories has two million addresses.
        Map<String, String> taken = null;
        Map<ContentFile, String> withdrawnPaths = new java.util.IdentityHashMap<>();
        List<Lifecycle.Withdrawn> withdrawn = new ArrayList<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                FrontMatter fm = file.frontMatter();
                Optional<LanguageConfig> language = config.findLanguage(fm.lang());
                if (fm.publication().updated().isPresent() && language.isPresent() && publishing.isLive(file, group)) {
                    futureUpdate(file);
                }
                if (language.isEmpty() || !publishing.isWithdrawn(file, group)) {
                    continue;
                }
                if (taken == null) {
                    taken = new HashMap<>(paths.size() * 2);
                    for (Map.Entry<ContentFile, String> published : paths.entrySet()) {
                        taken.put(published.getValue(), published.getKey().path());
                    }
                }
                String path = claim.claim(file, group, taken);
                withdrawnPaths.put(file, path);
                withdrawnFiles.add(new WithdrawnFile(group, file, path));
                withdrawn.add(new Lifecycle.Withdrawn(fm.lang(), Assembler.languageTag(fm, language.get()), path,
                        file.path(), fm.publication().correction().map(c -> List.of(c.split("\n"))).orElse(List.of())));
            }
        }
        withdrawn.sort(Comparator.comparing(Lifecycle.Withdrawn::path));
        return new Lifecycle(withdrawn, redirects(paths, withdrawnPaths), publishing.schedule(groups),
                standIns(groups, paths, deletedEnglish));
    }

    /**
     * The 中英对照 address of each published Chinese article whose story has no published English version but has
     * had or will have one (its file a draft or scheduled, or deleted with its place kept), leading to the Chinese
     * article: a link to the page, from a feed, a share or a reader's notes, finds the story, not a 404.
     */
    private List<Lifecycle.Redirect> standIns(List<TranslationPairs.Group> groups, Map<ContentFile, String> paths,
            Set<String> deletedEnglish) {
        List<Lifecycle.Redirect> standIns = new ArrayList<>();
        for (TranslationPairs.Group group : groups) {
            Optional<ContentFile> zh = group.zh().filter(paths::containsKey);
            boolean englishGone = group.en().map(en -> !paths.containsKey(en)).orElse(false)
                    || group.en().isEmpty() && deletedEnglish.contains(group.key());
            if (zh.isPresent() && englishGone) {
                String target = paths.get(zh.get());
                FrontMatter fm = zh.get().frontMatter();
                String tag = config.findLanguage(fm.lang()).map(language -> Assembler.languageTag(fm, language))
                        .orElse(fm.lang());
                standIns.add(new Lifecycle.Redirect(Permalinks.parallel(target) + "index.html", target, fm.lang(),
                        tag, zh.get().path(), 0, -1));
            }
        }
        standIns.sort(Comparator.comparing(Lifecycle.Redirect::path));
        return standIns;
    }

    /** The withdrawn article files that {@link #assemble} found, in the order of their stories. */
    List<WithdrawnFile> withdrawnFiles() {
        return List.copyOf(withdrawnFiles);
    }

    /**
     * The redirects of the articles' aliases, in path order. An alias at another article's address, or at one
     * another alias took first (in file order), is an error; an alias at the article's own address is no redirect.
     */
    private List<Lifecycle.Redirect> redirects(Map<ContentFile, String> published, Map<ContentFile, String> withdrawn) {
        List<ContentFile> files = new ArrayList<>();
        for (Map<ContentFile, String> pages : List.of(published, withdrawn)) {
            pages.keySet().forEach(file -> {
                if (!file.frontMatter().publication().aliases().isEmpty()) {
                    files.add(file);
                }
            });
        }
        if (files.isEmpty()) {
            return List.of();
        }
        Map<String, String> articleFiles = new HashMap<>();
        published.forEach((file, path) -> articleFiles.put(path + "index.html", file.path()));
        withdrawn.forEach((file, path) -> articleFiles.put(path + "index.html", file.path()));
        Aliases aliases = new Aliases(config);
        Map<String, Lifecycle.Redirect> redirects = new HashMap<>();
        files.sort(Comparator.comparing(ContentFile::path));
        for (ContentFile file : files) {
            Publication publication = file.frontMatter().publication();
            String target = withdrawn.containsKey(file) ? withdrawn.get(file) : published.get(file);
            for (int i = 0; i < publication.aliases().size(); i++) {
                String alias = publication.aliases().get(i);
                int line = publication.aliasLine(i);
                Optional<String> path = aliases.outputPath(alias, file.path(), line, problems);
                if (path.isEmpty()) {
                    continue;
                }
                if (path.get().equals(target + "index.html")) {
                    problems.add(Problem.warning("content.alias", file.path(), line, "alias '" + alias.strip()
                            + "' is this article's own address, where no redirect can be: remove it"));
                    continue;
                }
                String owner = articleFiles.get(path.get());
                Lifecycle.Redirect other = redirects.get(path.get());
                if (owner != null || other != null && !other.target().equals(target)) {
                    problems.add(Problem.error("content.alias", file.path(), line, "alias '"
                            + alias.strip() + "' is the address of " + (owner != null ? "the article " + owner
                            : "an alias of " + other.file()) + ", which a redirect may not replace; remove it"));
                    continue;
                }
                FrontMatter fm = file.frontMatter();
                String tag = config.findLanguage(fm.lang()).map(language -> Assembler.languageTag(fm, language))
                        .orElse(fm.lang());
                redirects.putIfAbsent(path.get(), new Lifecycle.Redirect(path.get(), target, fm.lang(), tag,
                        file.path(), line, i));
            }
        }
        List<Lifecycle.Redirect> sorted = new ArrayList<>(redirects.values());
        sorted.sort(Comparator.comparing(Lifecycle.Redirect::path));
        return sorted;
    }
}
