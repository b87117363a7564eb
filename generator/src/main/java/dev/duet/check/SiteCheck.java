package dev.duet.check;

import dev.duet.diagnostic.Problem;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * and sitemaps are well-formed XML of the right kind. Reads only the output folder.
 */
public final class SiteCheck {

    private static final Pattern ARTICLE_PATH = Pattern.compile("^[a-z]{2}/(\\d{4}/\\d{2}|undated)/[^/]+/$");
    private static final Pattern TAG_PAGE = Pattern.compile("^[a-z]{2}/tags/[^/]+/index\\.html$");

    private final Path root;
    private final String basePath;
    private final String baseUrl;

    /**
     * @param root the output folder
     * @param baseUrl the site's public URL; absolute links under it are checked like root-relative ones
     */
    public SiteCheck(Path root, URI baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        String url = baseUrl.toString();
        this.baseUrl = url.endsWith("/") ? url : url + "/";
        String path = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
    }

    /** Runs every check; problems name the page (relative to the output folder) and the link. */
    public List<Problem> run() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(Problem.error("check.no-site", root.toString(), 0,
                    "no built site here; run duet:build (or mvn site) first"));
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        Set<String> fileSet = new HashSet<>(files);
        Map<String, Page> pages = new ConcurrentHashMap<>();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().filter(f -> f.endsWith(".html")).forEach(f -> {
            try {
                pages.put(f, Page.read(root.resolve(f), f));
            } catch (IOException e) {
                problems.add(Problem.error("check.read", f, 0, "cannot read: " + e.getMessage()));
            }
        });
        pages.values().parallelStream().forEach(page -> checkPage(page, fileSet, pages, problems));
        files.parallelStream().filter(f -> f.endsWith(".xml")).forEach(f -> checkXml(f, problems));
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparing(Problem::message));
        return List.copyOf(sorted);
    }

    private void checkPage(Page page, Set<String> files, Map<String, Page> pages, List<Problem> problems) {
        Document doc = page.document;
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            problems.add(Problem.error("check.no-lang", page.path, 0, "the page has no <html lang>"));
        }
        if (doc.title().isBlank()) {
            problems.add(Problem.error("check.no-title", page.path, 0, "the page has no <title>"));
        }
        for (Element el : doc.select("a[href], link[href], img[src], script[src], iframe[src], source[src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            String link = el.attr(attr).strip();
            Optional<Target> target = resolve(page.path, link);
            if (target.isEmpty()) {
                continue;
            }
            Target t = target.get();
            String file = t.file();
            if (!files.contains(file)) {
                problems.add(Problem.error("check.broken-link", page.path, 0, "broken link " + link
                        + " (no file " + file + ")"));
                continue;
            }
            if (!t.fragment().isEmpty()) {
                Page other = pages.get(file);
                if (other != null && !other.ids.contains(t.fragment())) {
                    problems.add(Problem.error("check.broken-anchor", page.path, 0, "broken anchor " + link
                            + " (no id '" + t.fragment() + "' in " + file + ")"));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select("[id]")) {
            if (!ids.add(el.id())) {
                problems.add(Problem.warning("check.duplicate-id", page.path, 0, "id '" + el.id()
                        + "' is used more than once"));
            }
        }
        checkTranslations(page, pages, problems);
        if (TAG_PAGE.matcher(page.path).matches()) {
            boolean listsArticle = doc.select("main a[href]").stream()
                    .map(a -> resolve(page.path, a.attr("href")))
                    .flatMap(Optional::stream)
                    .anyMatch(t -> ARTICLE_PATH.matcher(t.file().replaceFirst("index\\.html$", "")).matches());
            if (!listsArticle) {
                problems.add(Problem.error("check.empty-tag", page.path, 0, "tag page lists no article"));
            }
        }
    }

    /** hreflang alternates must exist and link back: search engines ignore one-way pairs. */
    private void checkTranslations(Page page, Map<String, Page> pages, List<Problem> problems) {
        for (Element alt : page.document.select("link[rel=alternate][hreflang]")) {
            String hreflang = alt.attr("hreflang");
            if (hreflang.equals("x-default")) {
                continue;
            }
            Optional<Target> target = resolve(page.path, alt.attr("href"));
            if (target.isEmpty() || target.get().file().equals(page.path)) {
                continue;
            }
            Page other = pages.get(target.get().file());
            if (other == null) {
                continue; // reported as a broken link
            }
            boolean linksBack = other.document.select("link[rel=alternate][hreflang]").stream()
                    .map(l -> resolve(other.path, l.attr("href")))
                    .flatMap(Optional::stream)
                    .anyMatch(t -> t.file().equals(page.path));
            if (!linksBack) {
                problems.add(Problem.error("check.one-way-translation", page.path, 0, "its " + hreflang
                        + " alternate " + target.get().file() + " does not link back with hreflang"));
            }
        }
    }

    private void checkXml(String file, List<Problem> problems) {
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
                        + name + "> in " + ns));
            }
        } catch (SAXException e) {
            problems.add(Problem.error("check.invalid-xml", file, 0, "not well-formed XML: " + e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            problems.add(Problem.error("check.read", file, 0, "cannot read: " + e.getMessage()));
        }
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

    /** A parsed page and the ids it defines. */
    private record Page(String path, Document document, Set<String> ids) {
        static Page read(Path file, String path) throws IOException {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            Set<String> ids = new HashSet<>();
            doc.select("[id]").forEach(e -> ids.add(e.id()));
            doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            return new Page(path, doc, ids);
        }
    }

    /** Counts problems by code, for a summary line. */
    public static Map<String, Integer> countByCode(List<Problem> problems) {
        Map<String, Integer> counts = new HashMap<>();
        problems.forEach(p -> counts.merge(p.code(), 1, Integer::sum));
        return counts;
    }
}
