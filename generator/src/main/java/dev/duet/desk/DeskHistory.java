package dev.duet.desk;

import dev.duet.content.Body;
import dev.duet.io.AtomicWriter;
import dev.duet.io.CacheFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the desk saw of each article file's text at each of its runs, kept in the cache folder: the text's digest,
 * the run that first saw the file and the run that saw its text change last. A file's time says nothing of this (a
 * checkout sets every time); the digests do, so that a translation whose original changed after it is told from one
 * that was brought up to date.
 */
final class DeskHistory {

    static final String FILE_NAME = "desk-history.txt";
    private static final String HEADER = "duet-desk-history 2";
    /** A history whose digests are SHA-256's ({@link Body#sha256}), as builds before {@link Body#digest}'s kept. */
    private static final String HEADER_SHA256 = "duet-desk-history 1";

    /** One file: its text's digest, and the runs that first saw it and last saw its text change. */
    record Seen(String digest, long firstRun, long changedRun) {

        /** True when the text changed after the run that first saw it: an edit, not a new file. */
        boolean editedSinceFirstSeen() {
            return changedRun > firstRun;
        }
    }

    private final long run;
    private final Map<String, Seen> before;
    private final Map<String, Seen> now = new TreeMap<>();
    /**
     * For each story, by its Chinese file: the last run at which its translation was in step with it, and the digest
     * of the Chinese text then (empty when a history before it kept none).
     */
    private final Map<String, InStep> inStepBefore;
    private final Map<String, InStep> inStep = new TreeMap<>();

    /** When a story's two texts were last in step: the run, and the Chinese text's digest then. */
    private record InStep(long run, String zhDigest) {
    }

    /** Whether the digests seen before are SHA-256's, to be told by them once and kept as this code's. */
    private final boolean sha256Before;

    private DeskHistory(long run, Map<String, Seen> before, Map<String, InStep> inStepBefore, boolean sha256Before) {
        this.run = run;
        this.before = before;
        this.inStepBefore = inStepBefore;
        this.sha256Before = sha256Before;
    }

    /** A history that saw nothing before: every story is in step. */
    static DeskHistory empty() {
        return new DeskHistory(1, new TreeMap<>(), new TreeMap<>(), false);
    }

    /** The history in {@code cacheDir}; none when there is none, or it cannot be read (then it starts again). */
    static DeskHistory read(Path cacheDir) throws IOException {
        Map<String, Seen> seen = new TreeMap<>();
        Map<String, InStep> inStep = new TreeMap<>();
        long last = 0;
        boolean sha256 = false;
        try {
            var lines = Files.readAllLines(cacheDir.resolve(FILE_NAME), StandardCharsets.UTF_8);
            sha256 = !lines.isEmpty() && lines.get(0).equals(HEADER_SHA256);
            if (lines.size() >= 2 && (lines.get(0).equals(HEADER) || sha256) && lines.get(1).startsWith("run ")) {
                last = Long.parseLong(lines.get(1).substring(4));
                for (String line : lines.subList(2, lines.size())) {
                    String[] fields = line.split("\t");
                    if ((fields.length == 3 || fields.length == 4) && fields[0].equals("in-step")) {
                        inStep.put(fields[1], new InStep(Long.parseLong(fields[2]),
                                fields.length == 4 ? fields[3] : ""));
                    } else if (fields.length == 4) {
                        seen.put(fields[0], new Seen(fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3])));
                    }
                }
            }
        } catch (NoSuchFileException | CharacterCodingException | NumberFormatException e) {
            seen.clear();
            inStep.clear();
            last = 0;
            sha256 = false;
        }
        return new DeskHistory(last + 1, seen, inStep, sha256);
    }

    /** Records what this run sees of a file's text, and returns it. */
    Seen see(String path, Body body) {
        String digest = body.digest();
        Seen last = before.get(path);
        if (sha256Before && last != null && last.digest().equals(sha256(body))) {
            // Kept by a build that digested texts with SHA-256: the same text, under this code's digest.
            last = new Seen(digest, last.firstRun(), last.changedRun());
        }
        return see(path, digest, last);
    }

    private static String sha256(Body body) {
        try {
            return body.sha256();
        } catch (UncheckedIOException e) {
            // The file no longer holds the text read from it: not the text seen before, as far as can be told.
            return "";
        }
    }

    private synchronized Seen see(String path, String digest, Seen last) {
        Seen seen;
        if (last == null) {
            seen = new Seen(digest, run, run);
        } else if (!last.digest().equals(digest)) {
            seen = new Seen(digest, last.firstRun(), run);
        } else {
            seen = last;
        }
        now.put(path, seen);
        return seen;
    }

    /**
     * True when a story's Chinese text changed since the run at which its translation was last in step with it, and
     * the translation did not; a translation that changed since then is in step again, from this run on, and so is
     * a Chinese text put back as it was then. A story seen for the first time is in step.
     */
    synchronized boolean behind(String story, Seen zh, Seen en) {
        InStep last = inStepBefore.getOrDefault(story, new InStep(Math.max(zh.changedRun(), en.changedRun()),
                zh.digest()));
        if (en.changedRun() > last.run() || zh.changedRun() <= last.run()) {
            inStep.put(story, new InStep(Math.max(last.run(), en.changedRun()), zh.digest()));
            return false;
        }
        inStep.put(story, last);
        return !zh.digest().equals(last.zhDigest());
    }

    /** Writes what this run saw: files no longer seen are forgotten. */
    void save(Path cacheDir) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("run ").append(run).append('\n');
        now.forEach((path, seen) -> text.append(path.replace('\t', ' ').replace('\n', ' ')).append('\t')
                .append(seen.digest()).append('\t').append(seen.firstRun()).append('\t').append(seen.changedRun())
                .append('\n'));
        inStep.forEach((story, last) -> text.append("in-step\t").append(story.replace('\t', ' ').replace('\n', ' '))
                .append('\t').append(last.run()).append('\t').append(last.zhDigest()).append('\n'));
        CacheFolder.require(cacheDir);
        new AtomicWriter().write(cacheDir.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
