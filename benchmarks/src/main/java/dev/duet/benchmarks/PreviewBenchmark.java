package dev.duet.benchmarks;

import dev.duet.Duet;
import dev.duet.Preview;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the preview: from saving an article to the reload event reaching a browser, on a generated site of N
 * articles, and prints the median and the 90th percentile; then, when {@code wrk} is on the PATH, the requests per
 * second the server answers for one article page while the preview runs.
 *
 * <pre>java -cp … dev.duet.benchmarks.PreviewBenchmark [N …] [--edits 20] [--work DIR]</pre>
 */
public final class PreviewBenchmark {

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int edits = 20;
        Path work = Path.of("target/bench-preview");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i].replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000);
        }
        System.out.println("| N | articles edited | median save→reload ms | p90 ms | max ms "
                + "| median rebuild ms (change seen → pages written) | wrk requests/s (article page, while rebuilding) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            System.out.println(measure(n, edits, work.resolve(Integer.toString(n))));
        }
    }

    private static String measure(int n, int edits, Path site) throws Exception {
        Benchmark.deleteTree(site);
        Corpus.generate(n, Corpus.DEFAULT_SEED).writeSources(site.resolve("sources"));
        SiteConfig config = SiteConfig.builder(site).build();
        List<Long> rebuilds = Collections.synchronizedList(new ArrayList<>());
        BuildListener quiet = new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                // "Rebuilt in 12 ms: …", printed by the preview after each rebuild
                if (message.startsWith("Rebuilt in ")) {
                    rebuilds.add(Long.parseLong(message.substring(11, message.indexOf(" ms"))));
                }
            }
        };
        try (Preview preview = new Duet(config, quiet).serve("127.0.0.1", 0)) {
            URI base = preview.url();
            List<Path> articles;
            try (Stream<Path> walk = Files.walk(site.resolve("articles"))) {
                articles = walk.filter(p -> p.toString().endsWith(".en.md")).sorted().limit(edits).toList();
            }
            BlockingQueue<String> events = listen(base.resolve("__duet/events"));
            List<Long> millis = new ArrayList<>();
            rebuilds.clear();
            for (int i = 0; i < articles.size(); i++) {
                Path article = articles.get(i);
                events.clear();
                long start = System.nanoTime();
                Files.writeString(article, Files.readString(article) + "\nEdit " + i + " while previewing.\n");
                awaitReload(events);
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                Thread.sleep(150); // let the watcher settle before the next save
            }
            Collections.sort(millis);
            List<Long> rebuildMillis = new ArrayList<>(rebuilds.subList(0, Math.min(rebuilds.size(), millis.size())));
            Collections.sort(rebuildMillis);
            String page = base + pagePath(site, articles.get(0));
            // Serving is measured while the preview keeps rebuilding: another article is edited every 200 ms.
            int before = rebuilds.size();
            Thread editor = new Thread(() -> {
                try {
                    for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                        Path article = articles.get(1 + i % (articles.size() - 1));
                        Files.writeString(article, Files.readString(article) + "\nServing edit " + i + ".\n");
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException e) {
                    // stopped
                }
            }, "editor");
            editor.start();
            String served = wrk(page);
            editor.interrupt();
            editor.join();
            served += ", " + (rebuilds.size() - before) + " rebuilds meanwhile";
            return String.format("| %,d | %d | %d | %d | %d | %s | %s |", n, millis.size(), millis.get(millis.size() / 2),
                    millis.get((int) Math.min(millis.size() - 1, Math.round(millis.size() * 0.9))),
                    millis.get(millis.size() - 1),
                    rebuildMillis.isEmpty() ? "?" : rebuildMillis.get(rebuildMillis.size() / 2), served);
        }
    }

    /** The served path of an article file: /en/yyyy/mm/slug/. */
    private static String pagePath(Path site, Path article) throws IOException {
        String text = Files.readString(article);
        String date = text.replaceAll("(?s).*\\ndate: \"(\\d{4})-(\\d{2})-\\d{2}\".*", "$1/$2");
        String name = article.getFileName().toString().replace(".en.md", "");
        return "en/" + date + "/" + name + "/";
    }

    private static String wrk(String url) throws IOException, InterruptedException {
        if (Benchmark.findOnPath("wrk").isEmpty()) {
            return "(wrk not installed)";
        }
        Process process = new ProcessBuilder("wrk", "-t2", "-c32", "-d10s", url).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String errors = out.lines().filter(l -> l.contains("Non-2xx") || l.contains("Socket errors"))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("no errors");
        return out.lines().filter(l -> l.startsWith("Requests/sec:")).map(l -> l.substring(13).strip())
                .findFirst().orElse("?") + " (" + errors + ")";
    }

    private static BlockingQueue<String> listen(URI uri) throws IOException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var connection = uri.toURL().openConnection();
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) {
                        events.add(line.substring(6).strip());
                    }
                }
            } catch (IOException e) {
                // closed with the preview
            }
        }, "sse");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private static void awaitReload(BlockingQueue<String> events) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if ("reload".equals(event)) {
                return;
            }
        }
        throw new IllegalStateException("no reload within 60 s");
    }
}
