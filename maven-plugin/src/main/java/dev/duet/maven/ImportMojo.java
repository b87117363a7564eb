package dev.duet.maven;

import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports the source text files into Markdown articles, one per language, never overwriting a file you edited
 * unless told to with {@code overwriteEdited}.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public class ImportMojo extends AbstractDuetMojo {

    /**
     * Replace an article file edited since it was imported with the text of its changed source. The edited file is
     * first kept under {@code cacheDir/edited/} (never over a copy kept before), with a warning naming both files.
     */
    @Parameter(property = "duet.overwriteEdited", defaultValue = "false")
    private boolean overwriteEdited;

    @Override
    protected void configure(SiteConfig.Builder builder) {
        builder.overwriteEdited(overwriteEdited);
    }

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
