package dev.duet.benchmarks;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Pictures in the benchmark corpus. {@code add <site> <count>} draws {@code count} pictures (1600×1000 JPEGs of
 * seeded shapes, as heavy to decode as photos of that size) beside evenly spread Chinese articles of an imported
 * corpus and names each in its front matter, with alternative text and a caption in both languages;
 * {@code build <site>} builds the site in this JVM and prints the build's own lines (the pictures' line among them)
 * and its time.
 */
public final class PictureBenchmark {

    private PictureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PictureBenchmark add <siteDir> <count> | build <siteDir>");
            System.exit(2);
        }
        Path site = Path.of(args[1]);
        if (args[0].equals("add")) {
            add(site, Integer.parseInt(args[2]));
        } else {
            build(site);
        }
    }

    private static void add(Path site, int count) throws IOException {
        List<Path> chinese;
        try (Stream<Path> walk = Files.walk(site.resolve("articles"))) {
            chinese = walk.filter(p -> p.toString().endsWith(".zh.md")).sorted().toList();
        }
        int step = Math.max(1, chinese.size() / count);
        SplittableRandom random = new SplittableRandom(Corpus.DEFAULT_SEED);
        int added = 0;
        for (int i = 0; i < chinese.size() && added < count; i += step) {
            Path article = chinese.get(i);
            String name = article.getFileName().toString().replace(".zh.md", ".jpg");
            ImageIO.write(draw(random, 1600, 1000), "jpg", article.resolveSibling(name).toFile());
            String text = Files.readString(article, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---", 4);
            String image = "\nimage:\n  src: \"" + name + "\"\n  alt: {zh: \"示意图\", en: \"An illustration\"}\n"
                    + "  caption: {zh: \"图为示意图。\", en: \"An illustration.\"}\n  credit: \"Duet\"";
            Files.writeString(article, text.substring(0, end) + image + text.substring(end), StandardCharsets.UTF_8);
            added++;
        }
        System.out.println("added " + added + " pictures");
    }

    private static BufferedImage draw(SplittableRandom random, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0x1000000)), width, height,
                new Color(random.nextInt(0x1000000))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(300),
                    20 + random.nextInt(300));
        }
        // Noise, so the JPEG is as large as a photo's and as slow to decode.
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int rgb = image.getRGB(x, y);
                int d = random.nextInt(24) - 12;
                int r = clamp(((rgb >> 16) & 0xff) + d);
                int gr = clamp(((rgb >> 8) & 0xff) + d);
                int b = clamp((rgb & 0xff) + d);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        g.dispose();
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void build(Path site) throws IOException {
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/").build();
        long start = System.nanoTime();
        BuildResult result = new Duet(config, new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                System.out.println("INFO " + message);
            }
        }).build();
        long errors = result.problems().stream().filter(Problem::isError).count();
        System.out.printf("RESULT inJvmMs=%d files=%d rendered=%d written=%d errors=%d%n",
                (System.nanoTime() - start) / 1_000_000, result.files(), result.rendered(), result.written(), errors);
    }
}
