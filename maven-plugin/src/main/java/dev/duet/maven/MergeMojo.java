package dev.duet.maven;

import dev.duet.Duet;
import dev.duet.MergeResult;
import dev.duet.config.SiteConfig;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts the shards of a site built with {@code duet:build -Dduet.shard=K/N} together into the output folder, as one
 * build of the whole site would have written it: the files, the list of files (stale ones removed), the render cache
 * and the up-to-date snapshot, so that the next {@code duet:build} is incremental. Fails, changing nothing, when the
 * shards are not the N shares of one build: one missing, unfinished or there twice, shards of different N, shards
 * built from other inputs, configuration or build time, or two shards with the same file.
 */
@Mojo(name = "merge", threadSafe = true)
public class MergeMojo extends AbstractSiteMojo {

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.merge.skip", defaultValue = "false")
    private boolean skipMerge;

    /**
     * The folder that holds the shards' folders, each with its {@code shard.txt}, {@code site/} and {@code cache/}
     * (their names do not matter: a CI's downloaded artifacts will do).
     */
    @Parameter(property = "duet.mergeShards", defaultValue = "${project.build.directory}/duet-shards")
    private File mergeShards;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("merge", skipMerge)) {
            return;
        }
        SiteConfig config = config();
        MergeResult result;
        try {
            result = new Duet(config, listener()).merge(mergeShards.toPath().toAbsolutePath());
        } catch (IOException e) {
            throw failed("Merge failed: ", e);
        }
        if (result.hasErrors()) {
            StringBuilder message = new StringBuilder("duet:merge refused the shards in " + mergeShards
                    + " and changed nothing:");
            result.problems().forEach(p -> message.append("\n  ").append(shown(p).format()));
            throw new MojoFailureException(message.toString());
        }
        getLog().info("Site written to " + config.outputDir());
    }
}
