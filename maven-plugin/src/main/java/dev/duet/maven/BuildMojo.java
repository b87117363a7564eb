package dev.duet.maven;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.render.ThemeException;
import java.io.IOException;
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("build", skipBuild)) {
            return;
        }
        SiteConfig config = config();
        try {
            BuildResult result = new Duet(config, listener()).build();
            getLog().info("Site written to " + config.outputDir());
            failOnErrors("Build", result.problems(), config);
        } catch (ThemeException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Build failed: " + e.getMessage(), e);
        }
    }
}
