package dev.duet.maven;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.render.ThemeException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the site from the Markdown articles into the output folder; bound to {@code mvn site}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractRenderMojo {

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.build.skip", defaultValue = "false")
    private boolean skipBuild;

    /**
     * Build one share of the site, {@code K/N} (such as {@code 3/8}), into {@code shardsDir/K-of-N/} instead of the
     * output folder: N builds on N machines, each with another K, make every file once, and {@code duet:merge}
     * puts them together. Give every shard the same {@code buildTime}. Empty builds the whole site.
     */
    @Parameter(property = "duet.shard", defaultValue = "")
    private String shard;

    /** The folder a shard's build writes its {@code K-of-N} folder into (its files, its cache and its stamp). */
    @Parameter(property = "duet.shardsDir", defaultValue = "${project.build.directory}/duet-shards")
    private File shardsDir;

    @Override
    protected void configure(SiteConfig.Builder builder) {
        super.configure(builder);
        builder.shard(shard == null ? "" : shard).shardsDir(shardsDir.getAbsolutePath());
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("build", skipBuild)) {
            if (project != null && project.getContextValue(ImportMojo.ERRORS) instanceof List<?> errors) {
                throw new MojoFailureException("Import found " + errors.size() + " error(s), listed above");
            }
            return;
        }
        SiteConfig config = config();
        try {
            BuildResult result = new Duet(config, listener()).build();
            if (result.files() > 0) {
                getLog().info(config.shard().map(share -> "Shard " + share + " written to "
                        + config.outputDir().getParent()).orElse("Site written to " + config.outputDir()));
            }
            // The errors an import bound before this build in the same phase left to it (see ImportMojo).
            Object imported = project == null ? null : project.getContextValue(ImportMojo.ERRORS);
            List<Problem> problems = new ArrayList<>(result.problems());
            if (imported instanceof List<?> errors) {
                project.setContextValue(ImportMojo.ERRORS, null);
                errors.forEach(error -> problems.add((Problem) error));
            }
            failOnErrors(imported == null ? "Build" : "Import and build", problems, config);
        } catch (ThemeException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw failed("Build failed: ", e);
        }
    }
}
