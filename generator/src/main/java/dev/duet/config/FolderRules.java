package dev.duet.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The site's folders checked against one another. Duet removes and replaces files in the output and cache folders,
 * so neither may hold the site or share a file with the folders it reads; and it publishes every file of the static
 * folder, so that folder may not hold the site's articles, drafts included, its sources or its pom.
 */
final class FolderRules {

    /** A folder setting: its name, as the plugin's parameter, and its folder when it could be read. */
    record Folder(String name, Optional<Path> path) {

        String setting() {
            return "<" + name + "> / -Dduet." + name;
        }
    }

    private FolderRules() {
    }

    /** Adds an error to {@code errors} for each rule the folders break. */
    static void check(Path root, Folder output, Folder cache, Folder published, List<Folder> read,
            List<String> errors) {
        Folder statics = published;
        if (published.path().isPresent() && root.startsWith(published.path().get())) {
            errors.add(published.setting() + ": must not be the site's folder or a folder above it, since every file"
                    + " in it is published, the pom, the articles and the sources with them");
            statics = new Folder(published.name(), Optional.empty()); // one error says it all
        }
        for (Folder written : List.of(output, cache)) {
            if (written.path().isPresent() && root.startsWith(written.path().get())) {
                errors.add(written.setting() + ": must not be the site's folder or a folder above it (it is "
                        + written.path().get() + ", and the site is " + root + "), since Duet removes and replaces"
                        + " files in it");
            }
        }
        for (Folder other : concat(List.of(cache, statics), read)) {
            if (overlap(output.path(), other.path())) {
                errors.add(output.setting() + ": must not overlap " + other.setting() + " (" + shown(root, other)
                        + "), since Duet removes and replaces files in it");
            }
        }
        for (Folder other : concat(List.of(statics), read)) {
            if (overlap(cache.path(), other.path())) {
                errors.add(cache.setting() + ": must not overlap " + other.setting() + " (" + shown(root, other)
                        + "), since Duet removes and replaces files in it");
            }
        }
        for (Folder other : read) {
            if (statics.path().isPresent() && other.path().isPresent() && !other.path().equals(statics.path())
                    && other.path().get().startsWith(statics.path().get())) {
                errors.add(statics.setting() + ": must not hold " + other.setting() + " (" + shown(root, other)
                        + "), since every file in it is published");
            }
        }
    }

    private static List<Folder> concat(List<Folder> some, List<Folder> more) {
        return java.util.stream.Stream.concat(some.stream(), more.stream()).toList();
    }

    private static boolean overlap(Optional<Path> one, Optional<Path> other) {
        return one.isPresent() && other.isPresent()
                && (other.get().startsWith(one.get()) || one.get().startsWith(other.get()));
    }

    private static String shown(Path root, Folder folder) {
        Path path = folder.path().orElseThrow();
        return path.startsWith(root) && !path.equals(root) ? root.relativize(path).toString() : path.toString();
    }
}
