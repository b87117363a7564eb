package dev.duet;

import java.nio.file.Path;

/**
 * Merges the shards of a site in its own JVM, so that {@link ShardBuildTest} can kill the merge at any moment: the
 * arguments are the site folder and the shards folder; the output is the site's {@code target/site}.
 */
public final class MergeInChild {

    private MergeInChild() {
    }

    public static void main(String[] args) throws Exception {
        MergeResult result = ShardBuildTest.merge(Path.of(args[0]), args[1], "target/site", "target/duet");
        System.out.println(result.summary());
        System.exit(result.hasErrors() ? 1 : 0);
    }
}
