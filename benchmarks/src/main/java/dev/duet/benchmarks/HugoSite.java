package dev.duet.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus as a Hugo multilingual site: {@code content/<slug>.zh.md} and {@code content/<slug>.en.md} paired by
 * file name, languages in subfolders, a {@code tags} taxonomy, RSS and sitemap, and a small theme of about the weight
 * of Duet's default one: a base layout, article pages that link their translation, paginated home and term pages,
 * the list of tags.
 */
final class HugoSite {

    private HugoSite() {
    }

    static void write(Corpus corpus, Path siteDir) throws IOException {
        Path content = siteDir.resolve("content");
        Files.createDirectories(content);
        write(siteDir.resolve("hugo.toml"), CONFIG);
        Path layouts = siteDir.resolve("themes/bench/layouts");
        write(layouts.resolve("_default/baseof.html"), BASEOF);
        write(layouts.resolve("_default/single.html"), SINGLE);
        write(layouts.resolve("_default/list.html"), LIST);
        write(layouts.resolve("_default/terms.html"), TERMS);
        write(layouts.resolve("index.html"), HOME);
        write(layouts.resolve("404.html"), NOT_FOUND);
        for (Article a : corpus.articles()) {
            String zhBody = a.zhDateline() + String.join("\n\n", a.zhParagraphs());
            String enBody = "**" + a.enHeadline() + "**\n\n" + a.enDateline() + String.join("\n\n", a.enParagraphs());
            write(content.resolve(a.slug() + ".zh.md"), frontMatter(a, a.zhTitle()) + zhBody + "\n");
            write(content.resolve(a.slug() + ".en.md"), frontMatter(a, a.enTitle()) + enBody + "\n");
        }
    }

    private static String frontMatter(Article a, String title) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: \"").append(title).append("\"\n");
        yaml.append("date: ").append(a.date()).append('\n');
        yaml.append("slug: \"").append(a.slug()).append("\"\n");
        yaml.append("tags:\n");
        for (String keyword : a.keywords()) {
            yaml.append("  - \"").append(keyword).append("\"\n");
        }
        yaml.append("views: ").append(a.views()).append('\n');
        yaml.append("source: \"").append(a.url()).append("\"\n");
        return yaml.append("---\n\n").toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static final String CONFIG = """
            baseURL = "http://localhost:8080/"
            theme = "bench"
            defaultContentLanguage = "zh"
            defaultContentLanguageInSubdir = true
            hasCJKLanguage = true
            paginate = 10
            rssLimit = 20
            enableRobotsTXT = true

            [taxonomies]
              tag = "tags"

            [outputs]
              home = ["HTML", "RSS"]
              section = ["HTML", "RSS"]
              taxonomy = ["HTML"]
              term = ["HTML", "RSS"]
              page = ["HTML"]

            [languages.zh]
              languageName = "中文"
              languageCode = "zh-Hans"
              title = "双语新闻"
              weight = 1
            [languages.en]
              languageName = "English"
              languageCode = "en"
              title = "Bilingual News"
              weight = 2
            """;

    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="{{ .Site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ end }}{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
            </head>
            <body>
            <header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
            <nav><a href="{{ "tags/" | relLangURL }}">tags</a>
            {{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
            </header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer>© {{ .Site.Title }}</footer>
            </body>
            </html>
            """;

    private static final String SINGLE = """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
            · {{ .Params.views }} views · <a href="{{ .Params.source }}">source</a></p>
            <ul class="tags">{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            {{ .Content }}
            {{ with .Translations }}<p class="translations">{{ range . }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Title }}</a>{{ end }}</p>{{ end }}
            <nav>{{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            </article>
            {{ end }}
            """;

    private static final String PAGE_LIST = """
            <ol>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
            <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary | plainify | truncate 120 }}</p></li>{{ end }}</ol>
            <nav>{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">←</a>{{ end }}
            {{ $pager.PageNumber }} / {{ $pager.TotalPages }}
            {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">→</a>{{ end }}</nav>
            """;

    private static final String HOME = """
            {{ define "main" }}
            {{ $pager := .Paginate .Site.RegularPages }}
            """ + PAGE_LIST + """
            {{ end }}
            """;

    private static final String LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $pager := .Paginate .Pages }}
            """ + PAGE_LIST + """
            {{ end }}
            """;

    private static final String TERMS = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
            {{ end }}
            """;

    private static final String NOT_FOUND = """
            {{ define "main" }}<h1>404</h1><p><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></p>{{ end }}
            """;
}
