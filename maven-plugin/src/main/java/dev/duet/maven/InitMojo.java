package dev.duet.maven;

import dev.duet.SiteStarter;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a site in a folder: a pom that builds it with {@code mvn site} and checks it in {@code post-site}, two
 * sample sources, a glossary, {@code static/} and a GitHub Actions workflow that publishes it to GitHub Pages. A file
 * that is already there is kept as it is; run it in an empty folder:
 * {@code mvn dev.duet:duet-maven-plugin:init -Dduet.baseUrl=https://user.github.io/repo/}.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public class InitMojo extends AbstractMojo {

    /** The folder to start the site in: the current folder unless set. */
    @Parameter(property = "duet.siteDir", defaultValue = "${user.dir}")
    private File siteDir;

    /** The site's public address, written into the pom as the {@code duet.baseUrl} property. */
    @Parameter(property = "duet.baseUrl", defaultValue = "https://news.example.org/")
    private String baseUrl;

    /** The new pom's groupId. */
    @Parameter(property = "duet.groupId", defaultValue = "org.example.news")
    private String groupId;

    /** The new pom's artifactId; the folder's name unless set. */
    @Parameter(property = "duet.artifactId")
    private String artifactId;

    /** The site's title on Chinese pages. */
    @Parameter(property = "duet.titleZh", defaultValue = "双语新闻")
    private String titleZh;

    /** The site's title on English pages. */
    @Parameter(property = "duet.titleEn", defaultValue = "Bilingual News")
    private String titleEn;

    /** Skip this goal. */
    @Parameter(property = "duet.init.skip", defaultValue = "false")
    private boolean skipInit;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipInit) {
            getLog().info("duet:init skipped (duet.init.skip)");
            return;
        }
        File folder = siteDir.getAbsoluteFile();
        String name = artifactId == null || artifactId.isBlank()
                ? folder.getName().replaceAll("[^A-Za-z0-9_.-]", "-")
                : artifactId.strip();
        SiteStarter.Settings settings = new SiteStarter.Settings(groupId.strip(), name.isEmpty() ? "news-site" : name,
                baseUrl.strip(), pluginVersion, titleZh.strip(), titleEn.strip());
        List<String> problems = SiteStarter.problems(settings);
        if (!problems.isEmpty()) {
            throw new MojoFailureException("duet:init: " + String.join("\n  ", problems));
        }
        SiteStarter.Result result;
        try {
            result = SiteStarter.write(folder.toPath(), settings);
        } catch (IOException e) {
            throw new MojoExecutionException("duet:init could not write into " + folder + ": " + e.getMessage(), e);
        }
        result.written().forEach(f -> getLog().info("wrote " + f));
        result.kept().forEach(f -> getLog().warn("kept " + f + ": it was there already and is left as it is"));
        if (result.kept().contains("pom.xml") && SiteStarter.usesDuet(folder.toPath())) {
            getLog().info("The folder's pom.xml uses the Duet plugin already.");
        } else if (result.kept().contains("pom.xml")) {
            getLog().warn("The folder has a pom.xml of its own, which does not use Duet: the site's files are written,"
                    + " but 'mvn site' does not build them until you add the Duet plugin to that pom as the README"
                    + " shows (Using it in your project).");
            return;
        }
        getLog().info("Site started in " + folder + ". Next: 'mvn site' builds it into target/site, 'mvn post-site'"
                + " builds and checks it, 'mvn duet:serve' previews it at http://127.0.0.1:8080/.");
    }
}
