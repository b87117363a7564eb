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

/** Builds the site from the Markdown articles into the output folder; bound to {@code mvn site}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractDuetMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("duet:build skipped");
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
