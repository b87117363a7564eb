package dev.duet.maven;

import dev.duet.config.ConfigException;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.io.ConsoleText;
import dev.duet.io.NotAFolderException;
import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the site folder, Duet's bookkeeping folder, threads, failing on errors, skipping, and the
 * adapter from the generator's events to Maven's log. Each goal's class adds only the parameters it reads, and maps
 * them onto one {@link SiteConfig}. Every parameter has a {@code duet.*} user property of the same name.
 */
abstract class AbstractDuetMojo extends AbstractMojo {

    /** The site's folder; other folders are relative to it. */
    @Parameter(property = "duet.siteDir", defaultValue = "${project.basedir}", required = true)
    protected File siteDir;

    /** Duet's own bookkeeping (the list of files it wrote), kept out of the published site. */
    @Parameter(property = "duet.cacheDir", defaultValue = "${project.build.directory}/duet")
    protected File cacheDir;

    /** Threads for parsing and rendering; 0 means one per processor. */
    @Parameter(property = "duet.threads", defaultValue = "0")
    protected int threads;

    /**
     * Fail the goal when any error was found, after every file has been read and every problem listed; false lets
     * import, build and check pass with errors (the pages of a broken file are then missing). {@code duet:serve}
     * never stops for an error: it shows it in the browser.
     */
    @Parameter(property = "duet.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /**
     * Follow links (symbolic links) in the site's folders that lead out of the site folder; by default they are left
     * out with a warning, so that nothing outside the site, such as {@code /etc/passwd}, is published by accident.
     */
    @Parameter(property = "duet.followExternalLinks", defaultValue = "false")
    protected boolean followExternalLinks;

    /** Skip every Duet goal; {@code duet.import.skip}, {@code duet.build.skip}, … skip one. */
    @Parameter(property = "duet.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The time the site is published at, the only clock a goal reads: empty for now, or a time such as
     * {@code 2024-05-21T08:00:00+08:00}, {@code 2024-05-21T08:00} or {@code 2024-05-21} (local times are UTC+8).
     * Set it to repeat an earlier build byte for byte; the time import writes as a story's {@code updated}, and the
     * day the translation desk counts a story's age to.
     */
    @Parameter(property = "duet.buildTime", defaultValue = "")
    protected String buildTime;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    /** The configuration: the shared settings here, then the goal's own ({@link #configure}). */
    protected SiteConfig config() throws MojoFailureException {
        warnUnknownProperties();
        if (session != null && mojoExecution != null && mojoExecution.getMojoDescriptor() != null) {
            List<String> bad = UnknownProperties.badSwitches(mojoExecution.getMojoDescriptor(),
                    session.getUserProperties(),
                    project == null ? new java.util.Properties() : project.getProperties());
            if (!bad.isEmpty()) {
                throw new MojoFailureException(String.join("\n", bad));
            }
        }
        try {
            SiteConfig.Builder builder = SiteConfig.builder(siteDir.toPath())
                    .cacheDir(cacheDir.getAbsolutePath())
                    .failOnError(failOnError)
                    .followExternalLinks(followExternalLinks)
                    .buildTime(buildTime == null ? "" : buildTime)
                    .threads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
            configure(builder);
            return builder.build();
        } catch (ConfigException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * The error for a goal that stopped on {@code e}, its message after {@code failed} ("Build failed: "); thrown as a
     * {@link MojoFailureException} instead, with the message alone, when a file is where Duet keeps a folder, which
     * is the user's to move.
     */
    protected static MojoExecutionException failed(String failed, IOException e) throws MojoFailureException {
        if (e instanceof NotAFolderException) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        return new MojoExecutionException(failed + e.getMessage(), e);
    }

    /**
     * Whether this goal is skipped, by {@code -Dduet.skip} (every goal) or by its own skip parameter; says so in the
     * log.
     */
    protected boolean skipped(String goal, boolean skipThisGoal) {
        if (skip || skipThisGoal) {
            getLog().info("duet:" + goal + " skipped (" + (skip ? "duet.skip" : "duet." + goal + ".skip") + ")");
            return true;
        }
        if (notASite()) {
            getLog().info("duet:" + goal + " skipped: " + project.getArtifactId() + " is not a Duet site (its pom"
                    + " does not use the plugin)");
            return true;
        }
        return false;
    }

    /**
     * Whether this is a module of a multi-module build that does not use the plugin itself, reached because a goal
     * given on the command line (mvn site duet:check) runs in every module: it has no site to build or check.
     */
    private boolean notASite() {
        return session != null && project != null && session.getProjects().size() > 1
                && project.getBuildPlugins().stream().noneMatch(plugin -> "dev.duet".equals(plugin.getGroupId())
                        && "duet-maven-plugin".equals(plugin.getArtifactId()));
    }

    /**
     * Warns of each {@code -Dduet.*} on the command line that no goal reads, once per Maven run however many goals
     * run: a typo would otherwise leave the site built with the default.
     */
    private void warnUnknownProperties() {
        if (session == null || mojoExecution == null || mojoExecution.getMojoDescriptor() == null) {
            return;
        }
        Object key = UnknownProperties.class.getName();
        if (session.getRepositorySession() != null
                && !session.getRepositorySession().getData().set(key, null, Boolean.TRUE)) {
            return;
        }
        UnknownProperties.warnings(session.getUserProperties(),
                UnknownProperties.known(mojoExecution.getMojoDescriptor().getPluginDescriptor()))
                .forEach(getLog()::warn);
    }

    /** Sets what only this goal has a parameter for. */
    protected void configure(SiteConfig.Builder builder) {
    }

    /** Reports problems to Maven's log as {@code file:line: message}, the form IDEs link to. */
    protected BuildListener listener() {
        Log log = getLog();
        ConsoleText console = ConsoleText.standardOutput();
        return new BuildListener() {
            @Override
            public void problem(Problem problem) {
                String line = console.readable(shown(problem).format());
                if (problem.isError()) {
                    log.error(line);
                } else {
                    log.warn(line);
                }
            }

            @Override
            public void info(String message) {
                log.info(console.readable(message));
            }
        };
    }

    /**
     * The problem with its file named from the folder Maven was started in, so that it opens from there: a problem
     * names its file relative to the site, and in a multi-module build the site is one module's folder.
     */
    protected Problem shown(Problem problem) {
        if (problem.file().isEmpty() || session == null || session.getExecutionRootDirectory() == null) {
            return problem;
        }
        try {
            Path file = siteDir.toPath().toAbsolutePath().resolve(problem.file()).normalize();
            Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
            String name = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
            return problem.inFile(name);
        } catch (InvalidPathException e) {
            return problem;
        }
    }

    /** The most errors a failure message lists; the log above it has them all. */
    private static final int LISTED_ERRORS = 50;

    /**
     * Unless {@code failOnError} is false, turns the errors found into a failure that lists them (every problem has
     * been logged already).
     */
    protected void failOnErrors(String what, List<Problem> problems, SiteConfig config) throws MojoFailureException {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            return;
        }
        if (!config.failOnError()) {
            getLog().warn(what + " found " + errors.size() + " error(s) and passes anyway, as failOnError is false");
            return;
        }
        StringBuilder message = new StringBuilder(what + " found " + errors.size() + " error(s) (set"
                + " -Dduet.failOnError=false to pass anyway):");
        errors.stream().limit(LISTED_ERRORS).forEach(p -> message.append("\n  ").append(shown(p).format()));
        if (errors.size() > LISTED_ERRORS) {
            message.append("\n  … and ").append(errors.size() - LISTED_ERRORS).append(" more (see the log above)");
        }
        throw new MojoFailureException(ConsoleText.standardOutput().readable(message.toString()));
    }
}
