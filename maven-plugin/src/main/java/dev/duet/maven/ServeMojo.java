package dev.duet.maven;

import dev.duet.Duet;
import dev.duet.Preview;
import dev.duet.config.SiteConfig;
import dev.duet.render.ThemeException;
import dev.duet.serve.PortInUseException;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves a preview at {@code http://127.0.0.1:8080/} at once (a page not built yet says so and turns into the page
 * when it is), imports and builds the site, then imports and rebuilds on every change to sources, articles, theme
 * overrides, static files or the glossary, reloading open pages. The preview is written to
 * {@code cacheDir/preview/}, never to {@code outputDir}, which {@code duet:build} writes for publishing. Ctrl-C stops
 * it; changes to the pom need a restart.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractRenderMojo {

    /** Source text files to import, searched recursively for {@code *.txt}. */
    @Parameter(property = "duet.sourcesDir", defaultValue = "sources")
    private String sourcesDir;

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.serve.skip", defaultValue = "false")
    private boolean skipServe;

    /** The address to listen on; loopback unless you mean to share the preview on your network. */
    @Parameter(property = "duet.host", defaultValue = "127.0.0.1")
    private String host;

    /** The port to listen on; 0 picks a free port. */
    @Parameter(property = "duet.port", defaultValue = "8080")
    private int port;

    /**
     * Show the drafts ({@code draft: true}) in the preview as if published, each marked as a draft on its page. No
     * build for publishing shows them.
     */
    @Parameter(property = "duet.drafts", defaultValue = "false")
    private boolean drafts;

    @Override
    protected void configure(SiteConfig.Builder builder) {
        super.configure(builder);
        builder.sourcesDir(sourcesDir);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("serve", skipServe)) {
            return;
        }
        SiteConfig config = config();
        Preview preview;
        try {
            preview = new Duet(config, listener()).serve(host, port, drafts);
        } catch (PortInUseException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (ThemeException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw failed("Preview failed: ", e);
        }
        Thread hook = new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                getLog().warn("Stopping the preview: " + e.getMessage());
            }
        }, "duet-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
