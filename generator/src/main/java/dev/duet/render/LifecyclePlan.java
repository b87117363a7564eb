package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.io.OutputFolders;
import dev.duet.model.Lifecycle;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The files of the site's {@link Lifecycle}, as {@link SitePlan} lists them: a page at each withdrawn article's
 * address, and a redirect page at each old address an article's {@code aliases} name, unless the site has a page
 * there of its own: a redirect never replaces a page (that is an error naming the article file). The 中英对照 page
 * of a Chinese article goes with its address: at an old address, it leads to the one at the new; at a withdrawn
 * article's, to the page that says it was withdrawn; while its translation is a draft, scheduled or deleted, to the
 * Chinese article itself. With
 * {@code redirectsFile}, also {@code _redirects}, a line {@code /old/ /new/ 301} for each redirect.
 */
final class LifecyclePlan {

    /**
     * The folders whose files the build writes after it plans the pages (the search index, the pictures' copies):
     * no redirect goes in them, since one could take the place of a file, or a folder, that it writes there.
     */
    private static final List<String> BUILT_FOLDERS = List.of(Permalinks.SEARCH_INDEX, "images/");

    /** A withdrawn article's page, at its address. */
    record WithdrawnFile(String path, Lifecycle.Withdrawn withdrawn) implements SitePlan.File {
        public String template() {
            return "withdrawn.ftlh";
        }
    }

    /** A page at an old address that sends the reader to the article's page. */
    record RedirectFile(String path, Lifecycle.Redirect redirect) implements SitePlan.File {
        public String template() {
            return "redirect.ftlh";
        }
    }

    private final Site site;
    private final Theme theme;
    /** The paths of every file the site has besides redirects, listed when first needed. */
    private final Supplier<Set<String>> pages;
    private Optional<List<SitePlan.File>> files = Optional.empty();
    private final List<Problem> problems = new ArrayList<>();

    LifecyclePlan(Site site, Theme theme, Supplier<Set<String>> pages) {
        this.site = site;
        this.theme = theme;
        this.pages = pages;
    }

    /** The withdrawn pages and the redirects, in path order; made once. */
    synchronized List<SitePlan.File> files() {
        if (files.isEmpty()) {
            files = Optional.of(plan());
        }
        return files.get();
    }

    /** The redirects that would replace a page of the site, each an error; empty until {@link #files} ran. */
    synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    private List<SitePlan.File> plan() {
        Lifecycle lifecycle = site.lifecycle();
        List<SitePlan.File> list = new ArrayList<>();
        Set<String> aliased = new HashSet<>();
        lifecycle.redirects().forEach(redirect -> aliased.add(redirect.path()));
        boolean redirecting = theme.findTemplate("redirect.ftlh").isPresent();
        if (theme.findTemplate("withdrawn.ftlh").isPresent()) { // a theme of its own may not have it
            for (Lifecycle.Withdrawn withdrawn : lifecycle.withdrawn()) {
                list.add(new WithdrawnFile(withdrawn.path() + "index.html", withdrawn));
                // A Chinese article's 中英对照 page goes with it: its address leads to the page that says so.
                String parallel = Permalinks.parallel(withdrawn.path()) + "index.html";
                if (redirecting && isChinese(withdrawn.lang()) && !aliased.contains(parallel)) {
                    list.add(new RedirectFile(parallel, new Lifecycle.Redirect(parallel, withdrawn.path(),
                            withdrawn.lang(), withdrawn.languageTag(), withdrawn.file(), 0, 0)));
                }
            }
        }
        StringBuilder redirects = new StringBuilder();
        Permalinks links = new Permalinks(site.config().basePath());
        if (redirecting && theme.findTemplate("parallel.ftlh").isPresent()) {
            // A story's translation taken back: its 中英对照 address leads to the Chinese article meanwhile (302 in
            // _redirects: the page comes back with the translation).
            for (Lifecycle.Redirect standIn : lifecycle.standIns()) {
                if (!aliased.contains(standIn.path())) {
                    list.add(new RedirectFile(standIn.path(), standIn));
                    redirects.append(links.href(standIn.path().replaceFirst("index\\.html$", ""))).append(' ')
                            .append(links.href(standIn.target())).append(" 302\n");
                }
            }
        }
        if (!lifecycle.redirects().isEmpty() && redirecting) {
            Set<String> taken = pages.get();
            for (Lifecycle.Redirect redirect : lifecycle.redirects()) {
                Optional<String> file = OutputFolders.fileAbove(redirect.path(), taken::contains);
                Optional<String> built = BUILT_FOLDERS.stream().filter(redirect.path()::startsWith).findFirst();
                if (built.isPresent()) {
                    problems.add(refused(redirect, "lies in /" + built.get() + ", a folder the build writes its own"
                            + " files in"));
                } else if (taken.contains(redirect.path())) {
                    problems.add(refused(redirect, "is a page of the site, which a redirect may not replace"));
                } else if (file.isPresent()) {
                    problems.add(refused(redirect, "lies under /" + file.get() + ", a file of the site, which cannot"
                            + " also be a folder"));
                } else {
                    List<Lifecycle.Redirect> made = new ArrayList<>(List.of(redirect));
                    parallelOf(redirect, taken, aliased).ifPresent(made::add);
                    for (Lifecycle.Redirect one : made) {
                        list.add(new RedirectFile(one.path(), one));
                        redirects.append(links.href(one.path().replaceFirst("index\\.html$", ""))).append(' ')
                                .append(links.href(one.target())).append(" 301\n");
                    }
                }
            }
        }
        if (site.config().redirectsFile()) {
            // Netlify and Cloudflare Pages answer these with a real 301 before looking for the page.
            list.add(new SitePlan.TextFile("_redirects", redirects.toString()));
        }
        return list;
    }

    /**
     * The redirect of the 中英对照 page at an old address of a Chinese article, when the article has one at its new
     * address, and the old address is a folder whose {@code parallel/} is neither a page nor another alias.
     */
    private Optional<Lifecycle.Redirect> parallelOf(Lifecycle.Redirect redirect, Set<String> taken,
            Set<String> aliased) {
        if (!redirect.path().endsWith("/index.html") || !isChinese(redirect.lang())
                || !taken.contains(Permalinks.parallel(redirect.target()) + "index.html")) {
            return Optional.empty();
        }
        String path = Permalinks.parallel(redirect.path().substring(0, redirect.path().length()
                - "index.html".length())) + "index.html";
        if (taken.contains(path) || aliased.contains(path)) {
            return Optional.empty();
        }
        return Optional.of(new Lifecycle.Redirect(path, Permalinks.parallel(redirect.target()), redirect.lang(),
                redirect.languageTag(), redirect.file(), redirect.line(), redirect.position()));
    }

    private boolean isChinese(String lang) {
        return site.config().findLanguage(lang).map(LanguageConfig::isChinese).orElse(false);
    }

    private static Problem refused(Lifecycle.Redirect redirect, String why) {
        return Problem.error("content.alias", redirect.file(), redirect.line(), "alias /"
                + redirect.path().replaceFirst("index\\.html$", "") + " " + why + "; remove it from 'aliases:'");
    }
}
