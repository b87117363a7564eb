package dev.duet.benchmarks;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * One step of a benchmark in a fresh JVM, the way a user's build runs Duet: {@code import <siteDir>} or
 * {@code build <siteDir>} through the {@link Duet} facade. Prints one {@code RESULT} line for the runner, with the
 * time spent inside the JVM and the peak heap in use (sampled, and the sum of the heap pools' peaks).
 */
public final class DuetProcess {

    private DuetProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DuetProcess import|build|check <siteDir> [threads]");
            System.exit(2);
        }
        // A public address, as a site is published (duet:check warns about the local preview's default).
        SiteConfig.Builder builder = SiteConfig.builder(Path.of(args[1])).baseUrl("https://news.example.org/");
        if (args.length > 2) {
            builder.threads(Integer.parseInt(args[2]));
        }
        Duet duet = new Duet(builder.build(), BuildListener.silent());
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        long items;
        long written;
        long errors;
        long warnings;
        switch (args[0]) {
            case "import" -> {
                ImportReport report = duet.importSources();
                items = report.sourcesRead();
                written = report.files().size();
                errors = report.errors();
                warnings = report.warnings();
            }
            case "build" -> {
                BuildResult result = duet.build();
                items = result.files();
                written = result.written();
                errors = result.problems().stream().filter(p -> p.isError()).count();
                warnings = result.problems().size() - errors;
            }
            case "check" -> {
                var problems = duet.check();
                items = problems.size();
                written = 0;
                errors = problems.stream().filter(p -> p.isError()).count();
                warnings = problems.size() - errors;
            }
            default -> throw new IllegalArgumentException("unknown step: " + args[0]);
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("RESULT inJvmMs=%d items=%d written=%d errors=%d warnings=%d peakHeap=%d poolPeakSum=%d "
                + "gcMs=%d%n", elapsedMs, items, written, errors, warnings, sampler.stop(), poolPeakSum(), gcMillis());
    }

    /**
     * The sum over heap pools of each pool's peak use. Pools peak at different moments, so this is an upper bound of
     * the true peak, never an underestimate.
     */
    static long poolPeakSum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The largest heap in use seen by a thread that looks every few milliseconds: never more than -Xmx. */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread = new Thread(sampler, "heap-sampler");
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
