package dev.duet.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pieces of pages one build renders once and writes wherever they recur, as Hugo's {@code partialCached} does:
 * a story's item is the same on its home page, tag, section, reporter and archive lists. Templates use it as
 * {@code <@cached key="item " + article.url>…</@cached>}; the body is rendered the first time a key is met in a
 * build and its output reused after that, so the key must name everything the body shows. Outputs are kept per
 * output format (HTML and XML escape differently) and per build, never between builds. When the kept text passes
 * its budget it is all let go and kept afresh, so a large site's pieces never hold much of the heap; what a page
 * holds is the same either way.
 */
final class Fragments {

    /** The name templates call it by. */
    static final String DIRECTIVE = "cached";
    private static final String ATTRIBUTE = "dev.duet.fragments";

    private final long budgetChars;
    private final Map<String, String> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    /** Pieces kept up to {@code budgetChars} characters at a time. */
    Fragments(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    /**
     * Pieces kept up to a forty-eighth of the heap (at two bytes a character): about 3,700 story items in 512 MB.
     * A twelfth held 130 MB of pieces at 100,000 stories in 1 GB, which with the model kept the collector marking
     * the heap all through the build (a cold build took 5.5 min, against 3.4 min now); at 10,000 stories in 512 MB
     * the build takes as long with either.
     */
    static Fragments forHeap() {
        return new Fragments(Runtime.getRuntime().maxMemory() / 96);
    }

    /** Makes these the pieces of the pages rendered in {@code env}. */
    void attach(Environment env) {
        env.setCustomAttribute(ATTRIBUTE, this);
    }

    /** The {@code cached} directive: renders its body once per key within the build of the page being rendered. */
    static TemplateDirectiveModel directive() {
        return Fragments::execute;
    }

    private static void execute(Environment env, Map<String, TemplateModel> params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (body == null) {
            return;
        }
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("<@" + DIRECTIVE + "> takes one parameter, key, a string");
        }
        Object attribute = env.getCustomAttribute(ATTRIBUTE);
        if (!(attribute instanceof Fragments fragments)) {
            body.render(env.getOut());
            return;
        }
        String name = env.getCurrentTemplate().getOutputFormat().getName() + "\n" + key.getAsString();
        String text = fragments.kept.get(name);
        if (text == null) {
            Templates.TextWriter out = new Templates.TextWriter(1024, RenderGuard.of(env).orElseGet(RenderGuard::new));
            body.render(out);
            text = out.toString();
            fragments.keep(name, text);
        }
        env.getOut().write(text);
    }

    private void keep(String name, String text) {
        if (keptChars.addAndGet(name.length() + text.length()) > budgetChars) {
            kept.clear();
            keptChars.set(0);
        }
        kept.putIfAbsent(name, text);
    }

    /** How many pieces are kept now. */
    int size() {
        return kept.size();
    }
}
