package dev.duet.render;

import dev.duet.diagnostic.Problem;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One file of the output, still to be made: its site-relative path, a fingerprint of everything it depends on, and
 * the work that makes its bytes. Tasks are independent of each other, so the build can run them on every core in
 * any order and get the same files; when a file's fingerprint is the one recorded for it by the last build, the
 * build may skip the work. An empty fingerprint means "always render".
 *
 * <p>A task may also digest its {@code inputs}: the parts of the model its view is made from, which cost far less
 * to digest than the view. Equal inputs give an equal view, so a file whose inputs are those the last build
 * rendered it from keeps that build's fingerprint and is skipped without its view being made. Empty inputs mean
 * "ask the fingerprint".
 */
public record RenderTask(String path, Supplier<String> inputs, Supplier<String> fingerprint,
        Supplier<Result> work) {

    /** A task whose fingerprint is taken from its view each time. */
    public RenderTask(String path, Supplier<String> fingerprint, Supplier<Result> work) {
        this(path, () -> "", fingerprint, work);
    }

    /** A task that is rendered on every build. */
    public RenderTask(String path, Supplier<Result> work) {
        this(path, () -> "", () -> "", work);
    }

    /** The bytes of the file, or the problem that stopped it. */
    public record Result(Optional<byte[]> bytes, Optional<Problem> problem) {

        public static Result of(byte[] bytes) {
            return new Result(Optional.of(bytes), Optional.empty());
        }

        public static Result failed(Problem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    public Result run() {
        return work.get();
    }
}
