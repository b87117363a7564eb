package dev.duet.desk;

import dev.duet.io.AtomicWriter;
import dev.duet.io.CacheFolder;
import dev.duet.io.Json;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the desk's report into the cache folder, where it is not published: {@code translations.json} for tools,
 * and {@code translations.html}, a page with the counts at the top, a table a kind, links to the built pages, and
 * the glossary entries to add. The page is a Freemarker template with HTML auto-escaping, so no title can inject
 * markup.
 */
final class DeskFiles {

    static final String JSON = "translations.json";
    static final String HTML = "translations.html";

    private DeskFiles() {
    }

    /**
     * Writes both files; {@code pageLink} gives the link from the page in the cache folder to an article's built
     * page (a path relative to the output folder).
     */
    static void write(Path cacheDir, DeskReport report, java.util.function.Function<String, String> pageLink)
            throws IOException {
        CacheFolder.require(cacheDir);
        AtomicWriter writer = new AtomicWriter();
        writer.write(cacheDir.resolve(JSON), (Json.write(report.toJson()) + "\n").getBytes(StandardCharsets.UTF_8));
        writer.write(cacheDir.resolve(HTML), html(report, pageLink).getBytes(StandardCharsets.UTF_8));
    }

    static String html(DeskReport report, java.util.function.Function<String, String> pageLink) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setClassForTemplateLoading(DeskFiles.class, "/dev/duet/desk");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        Map<String, Object> model = new LinkedHashMap<>();
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (DeskReport.Kind kind : DeskReport.Kind.values()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DeskReport.Finding f : report.of(kind)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", f.file());
                row.put("title", f.title());
                row.put("lang", f.file().endsWith(".en.md") ? "en" : "zh");
                row.put("link", f.page().isEmpty() ? "" : pageLink.apply(f.page()));
                row.put("other", f.other());
                row.put("message", f.message());
                rows.add(row);
            }
            kinds.add(Map.of("id", kind.id, "heading", kind.heading, "rows", rows));
        }
        model.put("kinds", kinds);
        List<Map<String, Object>> tags = new ArrayList<>();
        for (DeskReport.UntranslatedTag tag : report.untranslatedTags()) {
            tags.add(Map.of("tag", tag.tag(), "articles", tag.articles(), "example", tag.example()));
        }
        model.put("tags", tags);
        model.put("tagLines", report.tagLines());
        List<Map<String, Object>> people = new ArrayList<>();
        for (DeskReport.UntranslatedTag person : report.untranslatedPeople()) {
            people.add(Map.of("name", person.tag(), "articles", person.articles(), "example", person.example()));
        }
        model.put("people", people);
        model.put("peopleLines", report.peopleLines());
        try {
            Template template = cfg.getTemplate(HTML + ".ftlh");
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IllegalStateException("the desk's page template failed: " + e.getMessage(), e);
        }
    }
}
