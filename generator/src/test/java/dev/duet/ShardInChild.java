package dev.duet;

import dev.duet.diagnostic.BuildListener;
import java.nio.file.Path;

/**
 * Builds one shard of a site in its own JVM, as a CI runner would: the arguments are the site folder, the shard
 * ({@code K/N}) and the shards folder; the configuration is {@link ShardBuildTest#config}'s.
 */
public final class ShardInChild {

    private ShardInChild() {
    }

    public static void main(String[] args) throws Exception {
        BuildResult result = new Duet(ShardBuildTest.config(Path.of(args[0])).shard(args[1]).shardsDir(args[2])
                .build(), BuildListener.silent()).build();
        System.out.println(result.summary());
        System.exit(result.hasErrors() ? 1 : 0);
    }
}
