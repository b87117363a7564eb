package dev.duet.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The {@code -Dduet.*} properties on the command line that no goal of the plugin reads: a typo
 * ({@code -Dduet.basUrl}) would otherwise be ignored without a word, and the site built with the default.
 */
final class UnknownProperties {

    private static final String PREFIX = "duet.";

    private UnknownProperties() {
    }

    /** The user properties of every goal's parameters, as the plugin's descriptor lists them. */
    static Set<String> known(PluginDescriptor plugin) {
        Set<String> known = new TreeSet<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            if (mojo.getParameters() == null) {
                continue;
            }
            for (Parameter parameter : mojo.getParameters()) {
                String expression = parameter.getExpression();
                if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
                    known.add(expression.substring(2, expression.length() - 1));
                }
            }
        }
        return known;
    }

    /** A warning for each {@code duet.*} property in {@code user} that is not {@code known}, in name order. */
    static List<String> warnings(Properties user, Set<String> known) {
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(user.stringPropertyNames())) {
            if (name.startsWith(PREFIX) && !known.contains(name)) {
                warnings.add("-D" + name + " is not a parameter of any Duet goal and is ignored"
                        + closest(name, known).map(match -> ": did you mean -D" + match + "?").orElse(""));
            }
        }
        return warnings;
    }

    /**
     * An error for each switch of {@code mojo} (a {@code boolean} parameter) whose property, on the command line or
     * in the pom's {@code <properties>}, is neither {@code true} nor {@code false}: Maven reads anything else as
     * {@code false}, so {@code -Dduet.failOnError=treu} would let errors pass without a word.
     */
    static List<String> badSwitches(MojoDescriptor mojo, Properties user, Properties project) {
        List<String> errors = new ArrayList<>();
        if (mojo.getParameters() == null) {
            return errors;
        }
        for (Parameter parameter : mojo.getParameters()) {
            String expression = parameter.getExpression();
            if (!"boolean".equals(parameter.getType()) || expression == null || !expression.startsWith("${" + PREFIX)
                    || !expression.endsWith("}")) {
                continue;
            }
            String name = expression.substring(2, expression.length() - 1);
            boolean given = user.getProperty(name) != null;
            String value = given ? user.getProperty(name) : project.getProperty(name);
            if (value != null && !value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
                errors.add((given ? "-D" + name + "=" + value : "<" + name + ">" + value + "</" + name + "> in the"
                        + " pom's <properties>") + ": must be true or false (Maven would read it as false)");
            }
        }
        return errors;
    }

    /** The known property nearest to {@code name}, when it is near enough to be a typo of it. */
    private static Optional<String> closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 5) ? Optional.of(best) : Optional.empty();
    }

    /** The edit distance (insertions, deletions, substitutions) between two texts. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
