package dev.duet.maven;

import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Imports the source text files into Markdown articles, one per language, never overwriting a file you edited. */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public class ImportMojo extends AbstractDuetMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("duet:import skipped");
            return;
        }
        SiteConfig config = config();
        try {
            ImportReport report = new Duet(config, listener()).importSources();
            failOnErrors("Import", report.problems(), config);
        } catch (IOException e) {
            throw new MojoExecutionException("Import failed: " + e.getMessage(), e);
        }
    }
}
