package dev.duet.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Stops one run of a template that would never end well: one that nests deeper than any theme does (an include or
 * a macro that calls itself without end, which would overflow the thread's stack) or writes more than any page
 * holds (a list without end, which would fill the heap). It follows the template's instructions as Freemarker
 * enters and leaves them, so that it can say where the run was when it was stopped. Once stopped, a run stays
 * stopped: every instruction it enters and every character it writes after that stops it again, so that no
 * {@code <#attempt>} in the template can carry on past the stop. One guard serves one run, on one thread.
 */
final class RenderGuard implements TemplateProcessingTracer {

    /**
     * How deep instructions may nest in one run: a page of the default theme nests 20 deep at most, and a thread's
     * stack of 1 MB (Java's default) overflows at about 2,700.
     */
    static final int MAX_DEPTH = 400;
    /** The most characters one run may write: 32 Mi, past any real page (a sitemap of 50,000 URLs has under 20). */
    static final int MAX_CHARS = 32 * 1024 * 1024;
    /**
     * The most instructions one run may enter: 50 million, some fifty times what the largest page of a theme takes
     * (a sitemap of 50,000 URLs), and a few seconds of work: a loop without end that writes nothing stops here.
     */
    static final long MAX_STEPS = 50_000_000;

    private long steps;

    private TracedElement[] open = new TracedElement[64];
    private int depth;
    /**
     * The deepest instruction without a body entered (an {@code <#include>}, a macro call, a {@code ${…}}): where a
     * run that overflowed the stack was going round.
     */
    private TracedElement deepest;
    private int deepestDepth;
    /** The last instruction entered: where a run that ran out of memory was. */
    private TracedElement last;
    private Optional<Stop> stop = Optional.empty();

    /** Why a run was stopped: the template (its name in the theme), the line, and what went wrong. */
    record Stop(String template, int line, String message) {
    }

    /** Thrown where a run is stopped; {@link #stop()} says why. */
    static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = element;
        last = element;
        if (depth >= deepestDepth && element.isLeaf()) {
            deepestDepth = depth;
            deepest = element;
        }
        if (stop.isPresent()) {
            throw new Stopped(stop.get().message());
        }
        if (++steps > MAX_STEPS) {
            stopHere("the templates run more than " + MAX_STEPS / 1_000_000 + " million instructions for one page: a"
                    + " list without end (such as 1..) or one that repeats without bound; give it an end");
        }
        if (depth > MAX_DEPTH) {
            stopHere("templates nest more than " + MAX_DEPTH + " deep: an <#include>, <#import> or macro calls"
                    + " itself without end; make the call stop, or take it out");
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        if (depth > 0) {
            open[--depth] = null;
        }
    }

    /** Called by a writer of the run before it takes more characters, when it would hold {@code chars} in all. */
    void writing(long chars) {
        if (stop.isPresent()) {
            throw new Stopped(stop.get().message());
        }
        if (chars > MAX_CHARS) {
            stopHere("the page would be larger than " + MAX_CHARS / (1024 * 1024) + " Mi characters: a list"
                    + " without end (such as 1..) or one that repeats without bound; give it an end");
        }
    }

    /** Why the run was stopped, if it was. */
    Optional<Stop> stop() {
        return stop;
    }

    /** Stops the run where a stack overflow has stopped it, at the deepest instruction it entered. */
    Stop overflowed(String template) {
        if (stop.isEmpty()) {
            stop = Optional.of(at(deepest, template, "the templates call themselves too deep for the stack: an"
                    + " <#include>, <#import>, macro or function calls itself without end; make the call stop"));
        }
        return stop.get();
    }

    /**
     * Stops the run that ran out of memory, where it was: a value it grew without end (a text doubled again and
     * again in a variable) is let go with the run, and the other pages are made.
     */
    Stop outOfMemory(String template) {
        if (stop.isEmpty()) {
            stop = Optional.of(at(last, template, "the template ran out of memory: a"
                    + " value grows without end (a text added to itself again and again?); make it stop"));
        }
        return stop.get();
    }

    /** Stops the run at the innermost instruction without a body: the call or output where it was stopped. */
    private void stopHere(String message) {
        TracedElement where = depth == 0 ? null : open[depth - 1];
        for (int i = depth - 1; i >= 0; i--) {
            if (open[i].isLeaf()) {
                where = open[i];
                break;
            }
        }
        stop = Optional.of(at(where, "", message));
        throw new Stopped(message);
    }

    /** Where an instruction is, or the template given when there is none. */
    private static Stop at(TracedElement element, String template, String message) {
        if (element == null || element.getTemplate() == null || element.getTemplate().getSourceName() == null) {
            return new Stop(template, 0, message);
        }
        return new Stop(element.getTemplate().getSourceName(), Math.max(0, element.getBeginLine()), message);
    }

    /** The guard of the run in {@code env}, if it has one. */
    static Optional<RenderGuard> of(Environment env) {
        return env.getTemplateProcessingTracer() instanceof RenderGuard guard ? Optional.of(guard) : Optional.empty();
    }
}
