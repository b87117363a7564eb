package dev.duet.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.MergeResult;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One step of {@link ShardBenchmark} in a fresh JVM: {@code build <siteDir> <buildTime> [K/N]} (the whole site, or
 * one shard) or {@code merge <siteDir> <buildTime>}. Prints a {@code RESULT} line with the time in the JVM, its CPU
 * time, the files, the largest heap in use seen ({@code peakHeap}, garbage included) and the largest heap left after
 * a collection ({@code liveHeap}: with G1 an upper bound, since a young collection leaves the old generation's
 * garbage in place) and the number of full collections ({@code fullGcs}: more than a few say the heap is too small
 * for the build).
 */
public final class ShardProcess {

    private ShardProcess() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong live = new AtomicLong();
        AtomicLong fullGcs = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                live.accumulateAndGet(used, Math::max);
                if ("end of major GC".equals(info.getGcAction())) {
                    fullGcs.incrementAndGet();
                }
            }, null, null);
        }
        SiteConfig.Builder builder = SiteConfig.builder(Path.of(args[1])).baseUrl("https://news.example.org/")
                .buildTime(args[2]);
        if (args.length > 3) {
            builder.shard(args[3]);
        }
        Duet duet = new Duet(builder.build(), BuildListener.silent());
        long peak = 0;
        long start = System.nanoTime();
        long files;
        long errors;
        Thread sampler = null;
        AtomicLong sampled = new AtomicLong();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        switch (args[0]) {
            case "build" -> {
                BuildResult result = duet.build();
                files = result.files();
                errors = result.problems().stream().filter(p -> p.isError()).count();
            }
            case "merge" -> {
                MergeResult result = duet.merge(Path.of("target/duet-shards"));
                files = result.files();
                errors = result.problems().stream().filter(p -> p.isError()).count();
            }
            default -> throw new IllegalArgumentException("unknown step: " + args[0]);
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        peak = Math.max(sampled.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long cpuMs = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                / 1_000_000;
        System.out.printf("RESULT inJvmMs=%d cpuMs=%d files=%d errors=%d peakHeap=%d liveHeap=%d fullGcs=%d%n",
                elapsedMs, cpuMs, files, errors, peak, live.get(), fullGcs.get());
    }
}
