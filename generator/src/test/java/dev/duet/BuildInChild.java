package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import java.nio.file.Path;

/**
 * Builds the site folder given as the only argument, with the configuration {@link InterruptedBuildTest} builds it
 * with in its own JVM: a child process that the test can kill at any moment of a build.
 */
public final class BuildInChild {

    private BuildInChild() {
    }

    public static void main(String[] args) throws Exception {
        BuildResult result = new Duet(InterruptedBuildTest.config(Path.of(args[0])).build(), BuildListener.silent())
                .build();
        result.problems().forEach(problem -> System.out.println(problem.format()));
        System.out.println(result.summary());
    }
}
