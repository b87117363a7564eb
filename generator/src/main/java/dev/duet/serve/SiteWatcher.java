package dev.duet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches the site's sources and reports each burst of edits once, after it settles. Directories are watched with
 * everything under them through directory-watcher, which uses the native recursive watcher where the JDK's would
 * poll (macOS). Any other path is a single file, watched through its parent directory, without descending into the
 * parent's other subdirectories, and only events for that file count; it need not exist yet, so a glossary created
 * while the preview runs is seen like an edited one, and a folder so created is watched from then on like one that
 * was there. A path whose parent does not exist is skipped.
 */
final class SiteWatcher implements Closeable {

    // registers only the directory itself: a single file's parent may be the project root, with target/ below it
    private static final FileTreeVisitor PARENT_ONLY = (root, onDirectory, onFile) -> onDirectory.call(root);

    private final WatchSettings settings;
    private final WatchFilter filter;
    private final ChangeCollector collector;
    private final List<DirectoryWatcher> watchers = new ArrayList<>();
    /** The folders made after the start, each watched with everything under it by a watch of its own. */
    private final Map<Path, DirectoryWatcher> watching = new HashMap<>();
    private final ExecutorService loops = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "duet-serve-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** A watcher that will hand each settled burst of changes to {@code onChange}, on its own thread. */
    SiteWatcher(WatchSettings settings, Consumer<ChangeSet> onChange) {
        this.settings = settings;
        this.filter = new WatchFilter(settings.ignored());
        this.collector = new ChangeCollector(settings.quietPeriod(), onChange);
    }

    /** Starts watching; returns once the watches are registered, so an edit made afterwards is seen. */
    synchronized void start() throws IOException {
        List<Path> directories = watchedDirectories();
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> parents = new LinkedHashSet<>();
        for (Path path : settings.paths()) {
            // Not yet a file perhaps, but one may be created: watching the parent sees it come. A folder is watched
            // from its parent too, so that one deleted and made again is watched again.
            if (Files.isDirectory(path.getParent()) && directories.stream()
                    .noneMatch(d -> path.startsWith(d) && !path.equals(d))) {
                files.add(path);
                parents.add(path.getParent());
            }
        }
        if (!directories.isEmpty()) {
            watch(DirectoryWatcher.builder().paths(directories), path -> true);
        }
        if (!parents.isEmpty()) {
            watch(DirectoryWatcher.builder().paths(List.copyOf(parents)).fileTreeVisitor(PARENT_ONLY),
                    files::contains);
        }
    }

    /**
     * A watched path created as a folder once the preview runs (its {@code static/} made for a first picture) is
     * watched from then on with everything under it; what was put in it before that is told as the folder changed.
     */
    private synchronized void watchCreatedFolder(Path folder) {
        if (watchers.isEmpty()) {
            return; // closed
        }
        // Made again: the watch of the folder that was deleted watches nothing any more.
        DirectoryWatcher before = watching.remove(folder);
        if (before != null) {
            watchers.remove(before);
            try {
                before.close();
            } catch (IOException e) {
                // it watched a folder that is gone
            }
        }
        try {
            watching.put(folder, watch(DirectoryWatcher.builder().paths(List.of(folder)), path -> true));
        } catch (IOException e) {
            // gone again, or unreadable: the change below makes the rebuild look, and say what it finds
        }
    }

    /** The directories watched with everything under them: those of the settings' paths that exist. */
    List<Path> watchedDirectories() {
        return settings.paths().stream().filter(Files::isDirectory).toList();
    }

    private DirectoryWatcher watch(DirectoryWatcher.Builder builder, Predicate<Path> wanted) throws IOException {
        DirectoryWatcher watcher = builder
                // hashing would read every source file at start; the quiet period already absorbs repeated events
                .fileHashing(false)
                .listener(event -> onEvent(event, wanted))
                .build();
        watchers.add(watcher);
        watcher.watchAsync(loops);
        return watcher;
    }

    private void onEvent(DirectoryChangeEvent event, Predicate<Path> wanted) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            // events were lost: say the whole root changed and let the rebuild find out what
            collector.add(event.rootPath());
            return;
        }
        Path path = event.path().toAbsolutePath().normalize();
        if (wanted.test(path) && filter.accepts(path)) {
            if (event.eventType() == DirectoryChangeEvent.EventType.CREATE && Files.isDirectory(path)
                    && settings.paths().stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(path))) {
                watchCreatedFolder(path);
            }
            collector.add(path);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (DirectoryWatcher watcher : watchers) {
            watcher.close();
        }
        watchers.clear();
        collector.close();
        loops.shutdownNow();
    }
}
