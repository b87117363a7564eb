package dev.duet.maven;

import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports the source text files into Markdown articles, one per language, never overwriting a file you edited
 * unless told to with {@code overwriteEdited}.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractDuetMojo {

    /** Source text files to import, searched recursively for {@code *.txt}. */
    @Parameter(property = "duet.sourcesDir", defaultValue = "sources")
    private String sourcesDir;

    /** Markdown articles: written by import, edited by hand, read by build. */
    @Parameter(property = "duet.articlesDir", defaultValue = "articles")
    private String articlesDir;

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.import.skip", defaultValue = "false")
    private boolean skipImport;

    /**
     * Replace an article file edited since it was imported with the text of its changed source, a change an earlier
     * import reported as a conflict included (while its copy is in {@code cacheDir/incoming/}). The edited file is
     * first kept under {@code cacheDir/edited/} (never over a copy kept before), with a warning naming both files.
     */
    @Parameter(property = "duet.overwriteEdited", defaultValue = "false")
    private boolean overwriteEdited;

    /**
     * Read every source and article file again, trusting nothing the last import kept of them
     * ({@code cacheDir/import-memo.bin}). An edited article is still never overwritten.
     */
    @Parameter(property = "duet.force", defaultValue = "false")
    private boolean force;

    @Override
    protected void configure(SiteConfig.Builder builder) {
        builder.sourcesDir(sourcesDir).articlesDir(articlesDir).overwriteEdited(overwriteEdited).force(force);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("import", skipImport)) {
            return;
        }
        SiteConfig config = config();
        try {
            ImportReport report = new Duet(config, listener()).importSources();
            List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
            if (!errors.isEmpty() && config.failOnError() && buildFollows()) {
                // The build bound after it writes the rest of the site first, and then fails with these errors.
                project.setContextValue(ERRORS, errors);
                getLog().warn("Import found " + errors.size() + " error(s), listed above: duet:build runs next in"
                        + " this phase, writes the rest of the site, and then fails with them");
                return;
            }
            failOnErrors("Import", report.problems(), config);
        } catch (IOException e) {
            throw failed("Import failed: ", e);
        }
    }

    /** Where an import that leaves its errors to the build after it keeps them: the project's context. */
    static final String ERRORS = "dev.duet.import.errors";

    /**
     * Whether duet:build runs after this import in the same phase of this Maven run: in the same execution after it
     * ({@code <goal>import</goal><goal>build</goal>}), or in an execution of the same phase declared after it.
     */
    private boolean buildFollows() {
        if (mojoExecution == null || mojoExecution.getLifecyclePhase() == null || project == null) {
            return false;
        }
        String phase = mojoExecution.getLifecyclePhase();
        boolean after = false;
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!"dev.duet".equals(plugin.getGroupId()) || !"duet-maven-plugin".equals(plugin.getArtifactId())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                List<String> goals = execution.getGoals();
                boolean here = execution.getId().equals(mojoExecution.getExecutionId());
                if (here && goals.indexOf("build") > goals.indexOf("import") && goals.contains("import")
                        || after && phase.equals(execution.getPhase()) && goals.contains("build")) {
                    return true;
                }
                after |= here;
            }
        }
        return false;
    }
}
