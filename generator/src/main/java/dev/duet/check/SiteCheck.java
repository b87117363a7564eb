package dev.duet.check;

import dev.duet.diagnostic.Problem;
import dev.duet.io.CodeVersion;
import dev.duet.io.FileClock;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.FileStamp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

/**
 * Checks a built site the way a publisher would before going live: every internal link and anchor resolves, every
 * page has a title and a language, translations link to each other both ways, tag pages list articles, and feeds
 * and sitemaps are well-formed XML of the right kind. It warns when the site's absolute URLs (canonical links,
 * sitemap) are not under the base URL it checks with, or are under Duet's default one: links that pass here would
 * not resolve where the site is published. Reads only the output folder.
 */
public final class SiteCheck {

    private static final Pattern ARTICLE_PATH = Pattern.compile("^[a-z]{2}/(\\d{4}/\\d{2}|undated)/[^/]+/$");
    private static final Pattern TAG_PAGE = Pattern.compile("^[a-z]{2}/tags/[^/]+/index\\.html$");

    /** How a broken link's message starts, and a broken anchor's: the link follows, then {@link #LINK_END}. */
    private static final String BROKEN_LINK = "broken link ";
    private static final String BROKEN_ANCHOR = "broken anchor ";
    private static final String LINK_END = " (no ";

    private final Path root;
    private final String basePath;
    private final String baseUrl;
    /** The folder the check keeps what it found of each file in, for the next check; empty to keep nothing. */
    private final Optional<Path> cacheDir;
    /** The pages, feeds and sitemaps the last run parsed. */
    private final AtomicInteger parsed = new AtomicInteger();

    /**
     * @param root the output folder
     * @param baseUrl the site's public URL; absolute links under it are checked like root-relative ones
     */
    public SiteCheck(Path root, URI baseUrl) {
        this(root, baseUrl, Optional.empty());
    }

    /**
     * A check that keeps what it found of each file in {@code cacheDir}, so that the next one parses only the files
     * written since (see {@link CheckMemo}); it finds the same problems as a check that parses every file.
     */
    public SiteCheck(Path root, URI baseUrl, Optional<Path> cacheDir) {
        this.root = root.toAbsolutePath().normalize();
        String url = baseUrl.toString();
        this.baseUrl = url.endsWith("/") ? url : url + "/";
        String path = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
        this.cacheDir = cacheDir;
    }

    /** Runs every check; problems name the page (relative to the output folder) and the link. */
    public List<Problem> run() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(Problem.error("check.no-site", root.toString(), 0,
                    "no built site here; run duet:build (or mvn site) first"));
        }
        Optional<BuiltBase> built = BuiltBase.read(root);
        if (built.isPresent() && !built.get().path().equals(basePath)) {
            List<Problem> found = new ArrayList<>(new SiteCheck(root, built.get().url(), cacheDir).run());
            found.add(built.get().mismatch(baseUrl, basePath));
            return sorted(found);
        }
        long listed = FileClock.now();
        SortedMap<String, FileStamp> stamps = CheckMemo.list(root);
        List<String> files = List.copyOf(stamps.keySet());
        Set<String> fileSet = new HashSet<>(files);
        String key = String.join("\n", baseUrl, basePath, CodeVersion.of(SiteCheck.class));
        CheckMemo last = cacheDir.map(dir -> CheckMemo.load(dir.resolve(CheckMemo.FILE_NAME), key))
                .orElse(CheckMemo.empty(key));
        CheckMemo next = CheckMemo.empty(key);
        parsed.set(0);
        AtomicBoolean unkept = new AtomicBoolean();
        Map<String, String> shared = new ConcurrentHashMap<>();
        // Each page is parsed once and let go; what the cross-page checks need of it is kept in a few strings.
        Map<String, Page> pages = new ConcurrentHashMap<>();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<AbsoluteUrl> absoluteUrls = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().filter(f -> f.endsWith(".html")).forEach(f -> {
            FileStamp stamp = stamps.get(f);
            // A page the last check found as it is now, whose links all point to files that are here.
            Optional<CheckMemo.PageFacts> kept = last.takePage(f, stamp)
                    .filter(facts -> facts.targets().stream().allMatch(fileSet::contains));
            CheckMemo.PageFacts facts;
            if (kept.isPresent()) {
                facts = kept.get();
            } else {
                try {
                    parsed.incrementAndGet();
                    facts = readPage(f, fileSet, problems, shared);
                } catch (IOException e) {
                    problems.add(Problem.error("check.read", f, 0, "cannot read: " + e.getMessage()));
                    return;
                }
            }
            problems.addAll(facts.problems());
            pages.put(f, facts.page());
            if (!stamp.isWithin(BuildSnapshot.RACY_WINDOW, listed)) {
                next.keepPage(f, stamp, facts);
            } else {
                unkept.set(true);
            }
        });
        pages.values().parallelStream().forEach(page -> {
            checkAnchors(page, pages, problems);
            checkTranslations(page, pages, problems);
        });
        files.parallelStream().filter(f -> f.endsWith(".xml")).forEach(f -> {
            FileStamp stamp = stamps.get(f);
            Optional<CheckMemo.XmlFacts> facts = last.takeXml(f, stamp).or(() -> {
                parsed.incrementAndGet();
                return checkXml(f, problems);
            });
            facts.ifPresent(found -> {
                problems.addAll(found.problems());
                found.urls().forEach(url -> absoluteUrls.add(new AbsoluteUrl(f, url)));
                if (!stamp.isWithin(BuildSnapshot.RACY_WINDOW, listed)) {
                    next.keepXml(f, stamp, found);
                } else {
                    unkept.set(true);
                }
            });
        });
        pages.values().forEach(page -> page.canonical().ifPresent(url -> absoluteUrls.add(new AbsoluteUrl(page.path(),
                url))));
        BuiltBase.checkUrls(baseUrl, absoluteUrls, problems);
        // Saved when it differs from the last: a file parsed or not kept, or one of the last memo's files gone.
        if (cacheDir.isPresent() && (parsed.get() > 0 || unkept.get() || !last.isEmpty())) {
            try {
                next.save(cacheDir.get().resolve(CheckMemo.FILE_NAME));
            } catch (IOException e) {
                // The memo only saves time: the next check parses every file again.
            }
        }
        return sorted(problems);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparing(Problem::message));
        return List.copyOf(sorted);
    }

    /** How many pages, feeds and sitemaps the last {@link #run} parsed: the others it took from the memo. */
    int parsed() {
        return parsed.get();
    }

    /**
     * Parses a page, runs the checks that need only the page itself, and keeps what the others need. Its broken
     * links go to {@code brokenLinks}: they depend on the other files, and are found again from its targets.
     */
    private CheckMemo.PageFacts readPage(String path, Set<String> files, List<Problem> brokenLinks,
            Map<String, String> shared) throws IOException {
        Document doc = Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
        List<Problem> problems = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            problems.add(Problem.error("check.no-lang", path, 0, "the page has no <html lang>"));
        }
        if (doc.title().isBlank()) {
            problems.add(Problem.error("check.no-title", path, 0, "the page has no <title>"));
        }
        List<Anchor> anchors = new ArrayList<>();
        for (Element el : doc.select("a[href], link[href], img[src], script[src], iframe[src], source[src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            String link = el.attr(attr).strip();
            Optional<Target> target = resolve(path, link);
            if (target.isEmpty()) {
                continue;
            }
            Target t = target.get();
            targets.add(shared.computeIfAbsent(t.file(), file -> file));
            if (!files.contains(t.file())) {
                brokenLinks.add(Problem.error("check.broken-link", path, 0, BROKEN_LINK + link
                        + LINK_END + "file " + t.file() + ")"));
            } else if (!t.fragment().isEmpty()) {
                anchors.add(new Anchor(link, t));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select("[id]")) {
            if (!ids.add(el.id())) {
                problems.add(Problem.warning("check.duplicate-id", path, 0, "id '" + el.id()
                        + "' is used more than once"));
            }
        }
        doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        if (TAG_PAGE.matcher(path).matches()) {
            boolean listsArticle = doc.select("main a[href]").stream()
                    .map(a -> resolve(path, a.attr("href")))
                    .flatMap(Optional::stream)
                    .anyMatch(t -> ARTICLE_PATH.matcher(t.file().replaceFirst("index\\.html$", "")).matches());
            if (!listsArticle) {
                problems.add(Problem.error("check.empty-tag", path, 0, "tag page lists no article"));
            }
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Element alt : doc.select("link[rel=alternate][hreflang]")) {
            alternates.add(new Alternate(alt.attr("hreflang"), resolve(path, alt.attr("href"))));
        }
        Optional<String> canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(link -> link.attr("href").strip());
        return new CheckMemo.PageFacts(new Page(path, Set.copyOf(ids), List.copyOf(anchors), List.copyOf(alternates),
                canonical), List.copyOf(problems), List.copyOf(targets));
    }

    /** The link a broken link or broken anchor this check found names, as its page writes it. */
    static Optional<String> linkOf(Problem problem) {
        String message = problem.message();
        String start = switch (problem.code()) {
            case "check.broken-link" -> BROKEN_LINK;
            case "check.broken-anchor" -> BROKEN_ANCHOR;
            default -> "";
        };
        int end = message.lastIndexOf(LINK_END);
        return start.isEmpty() || !message.startsWith(start) || end < start.length() ? Optional.empty()
                : Optional.of(message.substring(start.length(), end));
    }

    /** Links into another page's fragment need the fragment's id in that page. */
    private static void checkAnchors(Page page, Map<String, Page> pages, List<Problem> problems) {
        for (Anchor anchor : page.anchors) {
            Page other = pages.get(anchor.target().file());
            if (other != null && !other.ids.contains(anchor.target().fragment())) {
                problems.add(Problem.error("check.broken-anchor", page.path, 0, BROKEN_ANCHOR + anchor.link()
                        + LINK_END + "id '" + anchor.target().fragment() + "' in " + anchor.target().file() + ")"));
            }
        }
    }

    /** hreflang alternates must exist and link back: search engines ignore one-way pairs. */
    private static void checkTranslations(Page page, Map<String, Page> pages, List<Problem> problems) {
        for (Alternate alt : page.alternates) {
            if (alt.hreflang().equals("x-default")) {
                continue;
            }
            Optional<Target> target = alt.target();
            if (target.isEmpty() || target.get().file().equals(page.path)) {
                continue;
            }
            Page other = pages.get(target.get().file());
            if (other == null) {
                continue; // reported as a broken link
            }
            boolean linksBack = other.alternates.stream()
                    .map(Alternate::target)
                    .flatMap(Optional::stream)
                    .anyMatch(t -> t.file().equals(page.path));
            if (!linksBack) {
                problems.add(Problem.error("check.one-way-translation", page.path, 0, "its " + alt.hreflang()
                        + " alternate " + target.get().file() + " does not link back with hreflang"));
            }
        }
    }

    /** A feed's or sitemap's problems and the URLs it lists; empty, with the problem, when it cannot be read. */
    private Optional<CheckMemo.XmlFacts> checkXml(String file, List<Problem> unreadable) {
        List<Problem> problems = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try (InputStream in = Files.newInputStream(root.resolve(file))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            org.w3c.dom.Element rootElement = builder.parse(in).getDocumentElement();
            String ns = rootElement.getNamespaceURI();
            String name = rootElement.getLocalName();
            boolean known = ("feed".equals(name) && "http://www.w3.org/2005/Atom".equals(ns))
                    || (("urlset".equals(name) || "sitemapindex".equals(name))
                    && "http://www.sitemaps.org/schemas/sitemap/0.9".equals(ns));
            if (!known && (file.endsWith("feed.xml") || file.contains("sitemap"))) {
                problems.add(Problem.error("check.xml-kind", file, 0, "expected an Atom feed or a sitemap, found <"
                        + (name == null ? rootElement.getTagName() : name) + "> "
                        + (ns == null ? "without a namespace" : "in " + ns)));
            }
            if ("urlset".equals(name) || "sitemapindex".equals(name)) {
                org.w3c.dom.NodeList locs = rootElement.getElementsByTagNameNS(ns, "loc");
                for (int i = 0; i < locs.getLength(); i++) {
                    urls.add(locs.item(i).getTextContent().strip());
                }
            }
        } catch (SAXException e) {
            problems.add(Problem.error("check.invalid-xml", file, 0, "not well-formed XML: " + e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            unreadable.add(Problem.error("check.read", file, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(new CheckMemo.XmlFacts(List.copyOf(problems), List.copyOf(urls)));
    }

    /** Where an internal link points, or empty for external and non-file links. */
    Optional<Target> resolve(String fromPage, String link) {
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("data:")) {
            return Optional.empty();
        }
        String fragment = "";
        int hash = link.indexOf('#');
        if (hash >= 0) {
            fragment = URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
            link = link.substring(0, hash);
        }
        int query = link.indexOf('?');
        if (query >= 0) {
            link = link.substring(0, query);
        }
        String path;
        if (link.startsWith(baseUrl)) {
            path = link.substring(baseUrl.length());
        } else if (link.startsWith("//") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty();
        } else if (link.startsWith("/")) {
            if (!link.startsWith(basePath)) {
                return Optional.of(new Target("(outside the base path " + basePath + ") " + link, fragment));
            }
            path = link.substring(basePath.length());
        } else if (link.isEmpty()) {
            path = fromPage;
        } else {
            try {
                String dir = fromPage.contains("/") ? fromPage.substring(0, fromPage.lastIndexOf('/') + 1) : "";
                path = new URI(null, null, dir, null).resolve(link).getRawPath();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.of(new Target("(unparseable) " + link, fragment));
            }
        }
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.isEmpty() || decoded.endsWith("/")) {
            decoded += "index.html";
        }
        return Optional.of(new Target(decoded, fragment));
    }

    /** A link's file, relative to the output folder, and its fragment. */
    record Target(String file, String fragment) {
    }

    /**
     * What the checks across pages need of a page, without the page: the ids it defines, its links into other
     * pages' fragments, and its hreflang alternates.
     */
    record Page(String path, Set<String> ids, List<Anchor> anchors, List<Alternate> alternates,
            Optional<String> canonical) {
    }

    /** An absolute URL the site gives for itself (a canonical link, a sitemap entry), and the file it is in. */
    record AbsoluteUrl(String file, String url) {
    }

    /** A link to a fragment of an existing file, as written in the page. */
    record Anchor(String link, Target target) {
    }

    /** An hreflang alternate and where it points, when it points into the site. */
    record Alternate(String hreflang, Optional<Target> target) {
    }
}
