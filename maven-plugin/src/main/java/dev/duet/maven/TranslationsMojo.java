package dev.duet.maven;

import dev.duet.Duet;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The translation desk: stories that lack a translation, translations whose original changed after them, versions
 * that disagree (paragraphs, dates, tags), glossary terms one version lacks, and tags the glossary does not
 * translate. One warning a finding, and {@code target/duet/translations.html} (with the glossary entries to add)
 * and {@code translations.json}, which are not published. {@code duet:check} runs it too.
 */
@Mojo(name = "translations", threadSafe = true)
public class TranslationsMojo extends AbstractSiteMojo {

    /** Skip this goal only ({@code duet.skip} skips every goal). */
    @Parameter(property = "duet.translations.skip", defaultValue = "false")
    private boolean skipTranslations;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("translations", skipTranslations)) {
            return;
        }
        try {
            new Duet(config(), listener()).translations();
        } catch (IOException e) {
            throw failed("The translation desk failed: ", e);
        }
    }
}
