package dev.duet.render;

import dev.duet.diagnostic.Problem;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One file of the output, still to be made: its site-relative path and the work that makes its bytes. Tasks are
 * independent of each other, so the build can run them on every core in any order and get the same files.
 */
public record RenderTask(String path, Supplier<Result> work) {

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
