package dev.duet.benchmarks;

import dev.duet.markdown.MarkdownRenderer;
import dev.duet.render.RenderTask;
import dev.duet.render.SiteRenderer;
import dev.duet.render.Templates;
import dev.duet.render.Theme;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Renders one article page of a 20-article site through the public render API: the {@link RenderTask} that
 * {@link SiteRenderer} plans for the page, which builds the page's views (translation, tags, previous and next,
 * related articles, JSON-LD) and runs the default theme's {@code article.ftlh}. The article's body HTML is rendered
 * once per build and kept, so after the first call this times the page around the body, not the Markdown.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArticlePageBenchmark {

    private static final Pattern ARTICLE_PAGE = Pattern.compile("(zh|en)/\\d{4}/\\d{2}/[^/]+/index\\.html");

    @Param({"zh", "en"})
    public String lang;

    private MicroSite site;
    private Theme theme;
    private RenderTask page;

    @Setup
    public void setUp() throws IOException {
        site = MicroSite.create(20);
        theme = site.loadTheme();
        SiteRenderer renderer = new SiteRenderer(site.site, theme, new Templates(theme), new MarkdownRenderer());
        page = renderer.tasks().stream()
                .filter(t -> t.path().startsWith(lang + "/") && ARTICLE_PAGE.matcher(t.path()).matches())
                .skip(10).findFirst().orElseThrow();
        RenderTask.Result first = page.run();
        if (first.bytes().isEmpty()) {
            throw new IllegalStateException("the article page should render: " + first.problem());
        }
    }

    @org.openjdk.jmh.annotations.Benchmark
    public byte[] render() {
        return page.run().bytes().orElseThrow();
    }

    @TearDown
    public void tearDown() throws IOException {
        theme.close();
        site.close();
    }
}
