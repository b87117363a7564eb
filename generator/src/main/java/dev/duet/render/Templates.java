package dev.duet.render;

import dev.duet.diagnostic.Problem;
import dev.duet.io.ControlCharacters;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The theme's Freemarker templates, configured once per build: {@code .ftlh} templates escape HTML and {@code .ftlx}
 * templates escape XML automatically, errors are thrown rather than printed into pages, and records are read by
 * component name ({@code article.title}).
 */
public final class Templates {

    private final Configuration configuration;
    private final Theme theme;

    public Templates(Theme theme) {
        this.theme = theme;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(new ThemeTemplateLoader(theme));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setObjectWrapper(new ViewWrapper());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        // A failure inside <#attempt> is the theme's to handle, and it did: no stack trace on the console.
        cfg.setAttemptExceptionReporter((failure, environment) -> {
        });
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        // Templates are read once and kept: a build never sees a template change half way through.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // A theme is data, not code: no template may make Java objects (?new of Execute runs commands) or reach
        // past the views it is given (?api).
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setSharedVariable(Fragments.DIRECTIVE, Fragments.directive());
        this.configuration = cfg;
    }

    /**
     * Renders a template with a view record (its components are the template's top-level names), or describes what
     * went wrong as a problem naming the template's file and line. Pieces a template marks {@code cached} are taken
     * from (and added to) {@code fragments}, the build's.
     */
    Rendered render(String templateName, Record view, Fragments fragments) {
        RenderGuard guard = new RenderGuard();
        try {
            Template template = configuration.getTemplate(templateName);
            TextWriter out = new TextWriter(8192, guard);
            Environment env = template.createProcessingEnvironment(view, out);
            env.setTemplateProcessingTracer(guard);
            fragments.attach(env);
            env.process();
            // A stop caught by an <#attempt> still fails the page.
            if (guard.stop().isPresent()) {
                return stopped(guard.stop().get(), templateName);
            }
            // An XML file with a control character is no XML at all: a feed reader would reject the whole feed.
            String text = out.toString();
            return new Rendered(Optional.of(templateName.endsWith(".ftlx") ? ControlCharacters.strip(text) : text),
                    Optional.empty());
        } catch (RenderGuard.Stopped e) {
            return stopped(guard.stop().orElseThrow(), templateName);
        } catch (StackOverflowError e) {
            return stopped(guard.overflowed(templateName), templateName);
        } catch (OutOfMemoryError e) {
            // A template's own value, not the build: what it held is garbage once the run is left.
            return stopped(guard.outOfMemory(templateName), templateName);
        } catch (ParseException e) {
            return failed(syntaxError(theme, e));
        } catch (TemplateException e) {
            if (guard.stop().isPresent()) {
                return stopped(guard.stop().get(), templateName);
            }
            rethrowFailedValue(e);
            String file = theme.shown(e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName());
            Integer line = e.getLineNumber();
            return failed(Problem.error("template.error", file, line == null ? 0 : Math.max(0, line),
                    "template failed: " + firstLine(e.getMessageWithoutStackTop())));
        } catch (freemarker.template.TemplateNotFoundException e) {
            return failed(Problem.error("template.missing", theme.shown(templateName), 0,
                    "the theme has no template '" + templateName + "'; add it to theme/templates/"));
        } catch (IOException e) {
            if (guard.stop().isPresent()) {
                return stopped(guard.stop().get(), templateName);
            }
            // Freemarker remembers a template that failed to parse and reports later uses as an I/O error whose
            // cause is the original syntax error: report that one, so it is listed once, with its line.
            if (e.getCause() instanceof ParseException parse) {
                return failed(syntaxError(theme, parse));
            }
            return failed(Problem.error("template.io", theme.shown(templateName), 0,
                    "cannot read template: " + e.getMessage()));
        }
    }

    /**
     * A {@link Deferred} value that failed as the template read it (a body the Markdown parser refuses, an article
     * file changed since it was read) fails the page for that reason, as it would have while the view was made.
     */
    private static void rethrowFailedValue(TemplateException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrenderableBody || cause instanceof UncheckedIOException) {
                throw (RuntimeException) cause;
            }
        }
    }

    private static Problem syntaxError(Theme theme, ParseException e) {
        return Problem.error("template.syntax", theme.shown(e.getTemplateName()), Math.max(0, e.getLineNumber()),
                "template syntax error: " + firstLine(e.getEditorMessage()));
    }

    /** A run the guard stopped, at the template and line where it was, else at the page's template. */
    private Rendered stopped(RenderGuard.Stop stop, String templateName) {
        String template = theme.shown(stop.template().isEmpty() ? templateName : stop.template());
        return failed(Problem.error("template.error", template, stop.line(), "template stopped: " + stop.message()));
    }

    private static Rendered failed(Problem problem) {
        return new Rendered(Optional.empty(), Optional.of(problem));
    }

    /** The longest message a problem gives of Freemarker's; the list of what a parser expected can be long. */
    private static final int LONGEST = 400;

    /**
     * Freemarker's message on one line, up to its tips: what failed, then the expression, or what the parser
     * expected ({@code The following has evaluated to null or missing: ==> article.byline [in template
     * "article.ftlh" at line 40, column 31]}).
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.strip().split("\n")) {
            String text = line.strip().replaceAll("\\s+", " ");
            if (text.startsWith("----") || text.startsWith("Tip:")) {
                break;
            }
            if (!text.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(text);
            }
        }
        return out.length() <= LONGEST ? out.toString() : out.substring(0, LONGEST) + "…";
    }

    /**
     * A writer into a {@link StringBuilder}, which asks its run's guard before it grows past what a page may hold.
     * Freemarker writes a page in many small pieces, and escapes text a character at a time;
     * {@link java.io.StringWriter} takes a lock for each through its StringBuffer.
     */
    static final class TextWriter extends Writer {
        private final StringBuilder text;
        private final RenderGuard guard;

        TextWriter(int capacity, RenderGuard guard) {
            this.text = new StringBuilder(capacity);
            this.guard = guard;
        }

        private void growing(int chars) {
            guard.writing((long) text.length() + chars);
        }

        @Override
        public void write(int c) {
            growing(1);
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            growing(length);
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            growing(string.length());
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            growing(length);
            // Freemarker's escaping writes a text in pieces between the characters it escapes. A builder appends a
            // String's range a character at a time, and a String whole by copying its bytes, which the client
            // compiler does far sooner: a third less time for pieces of 40 characters.
            text.append(offset == 0 && length == string.length() ? string : string.substring(offset, offset + length));
        }

        @Override
        public Writer append(CharSequence chars) {
            growing(chars.length());
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The output of a template, or the problem that stopped it. */
    record Rendered(Optional<String> text, Optional<Problem> problem) {
    }

    /** Loads templates from the theme's layers; works for folders and for themes inside a jar. */
    private static final class ThemeTemplateLoader implements TemplateLoader {
        private final Theme theme;

        ThemeTemplateLoader(Theme theme) {
            this.theme = theme;
        }

        @Override
        public Object findTemplateSource(String name) {
            return theme.findTemplate(name).orElse(null);
        }

        @Override
        public long getLastModified(Object source) {
            try {
                return Files.getLastModifiedTime((Path) source).toMillis();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
        }

        @Override
        public void closeTemplateSource(Object source) {
        }
    }
}
