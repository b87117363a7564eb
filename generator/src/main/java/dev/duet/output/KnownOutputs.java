package dev.duet.output;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The output files an up-to-date check found as the last build left them, with the stamps it recorded: what the
 * snapshot a build takes at its end records for the files that build did not write, without looking at them again.
 * A file changed after the check is then recorded with its old stamp, and the next check finds it changed, as it
 * should. Files are known by a 64-bit hash of their site path, in sorted arrays (three numbers a file, for a site of
 * half a million files); two paths that hash alike are both left unknown, and looked at again.
 */
public final class KnownOutputs {

    private static final KnownOutputs NONE = new KnownOutputs(new long[0], new long[0], new long[0]);

    private final long[] hashes;
    private final long[] sizes;
    private final long[] times;

    private KnownOutputs(long[] hashes, long[] sizes, long[] times) {
        this.hashes = hashes;
        this.sizes = sizes;
        this.times = times;
    }

    /** No file known: every file is looked at. */
    public static KnownOutputs none() {
        return NONE;
    }

    /** The stamps of {@code outputs}, less the paths {@code changed} names. */
    static KnownOutputs of(Map<String, BuildSnapshot.Output> outputs, Set<String> changed) {
        long[][] rows = new long[outputs.size()][];
        int n = 0;
        for (Map.Entry<String, BuildSnapshot.Output> entry : outputs.entrySet()) {
            FileStamp stamp = entry.getValue().stamp();
            if (!changed.contains(entry.getKey()) && !stamp.isAbsent()) {
                rows[n++] = new long[] {RenderCache.hash(entry.getKey()), stamp.size(), stamp.modified()};
            }
        }
        long[][] sorted = Arrays.copyOf(rows, n);
        Arrays.sort(sorted, (x, y) -> Long.compare(x[0], y[0]));
        long[] hashes = new long[n];
        long[] sizes = new long[n];
        long[] times = new long[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            boolean shared = i > 0 && sorted[i - 1][0] == sorted[i][0]
                    || i + 1 < n && sorted[i + 1][0] == sorted[i][0];
            if (!shared) {
                hashes[kept] = sorted[i][0];
                sizes[kept] = sorted[i][1];
                times[kept] = sorted[i][2];
                kept++;
            }
        }
        return new KnownOutputs(Arrays.copyOf(hashes, kept), Arrays.copyOf(sizes, kept), Arrays.copyOf(times, kept));
    }

    /** The stamp the check found for the file, if it knows the file. */
    Optional<FileStamp> stamp(String sitePath) {
        int at = indexOf(sitePath);
        return at < 0 ? Optional.empty() : Optional.of(new FileStamp(sizes[at], times[at]));
    }

    /** True when the check found the file as the last build left it. */
    public boolean contains(String sitePath) {
        return indexOf(sitePath) >= 0;
    }

    /** The file's place in the arrays, negative when it is not known; no path is hashed when none is known. */
    private int indexOf(String sitePath) {
        return hashes.length == 0 ? -1 : Arrays.binarySearch(hashes, RenderCache.hash(sitePath));
    }

    /** How many files are known. */
    public int size() {
        return hashes.length;
    }
}
