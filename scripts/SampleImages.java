import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the sample site's pictures and the golden test site's with Java2D, so that no picture in the repository
 * comes from elsewhere. Run from the repository's root: {@code java scripts/SampleImages.java}. The files are
 * committed; run it again only to change them.
 */
public class SampleImages {

    public static void main(String[] args) throws IOException {
        write(railway(1600, 900), "jpg", "content/articles/2023/shanghai-nanjing-riverside-high-speed-railway-opens.jpg");
        write(port(1200, 800), "jpg", "content/articles/2024/new-energy-vehicle-exports-keep-growing-in-q1.jpg");
        write(bridge(960, 540), "png", "content/articles/2023/hong-kong-zhuhai-macao-bridge.png");
        String golden = "generator/src/test/resources/golden/site/articles/2024/wang-yi-attends-sco-foreign-ministers-meeting/";
        write(hall(1200, 800), "jpg", golden + "lead.jpg");
        write(bridge(640, 360), "png", golden + "map.png");
    }

    private static void write(BufferedImage image, String format, String path) throws IOException {
        Path file = Path.of(path);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, format, file.toFile());
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    private static Graphics2D canvas(BufferedImage image, Color top, Color bottom) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, top, 0, image.getHeight(), bottom));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** A high-speed train on a viaduct by a river, at dawn. */
    static BufferedImage railway(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, new Color(0xf6c89f), new Color(0x8fb8de));
        g.setColor(new Color(0x4a7fa8));
        g.fillRect(0, h * 3 / 4, w, h / 4);
        g.setColor(new Color(0x6d6d6d));
        g.fillRect(0, h * 55 / 100, w, h / 30);
        for (int x = w / 20; x < w; x += w / 8) {
            g.fillRect(x, h * 55 / 100, w / 60, h / 4);
        }
        g.setPaint(new GradientPaint(0, h * 45 / 100f, Color.WHITE, 0, h * 55 / 100f, new Color(0xc9d3dc)));
        g.fill(new RoundRectangle2D.Double(w * 0.15, h * 0.45, w * 0.7, h * 0.1, h * 0.1, h * 0.1));
        g.setColor(new Color(0x1f4e79));
        for (double x = w * 0.2; x < w * 0.8; x += w * 0.05) {
            g.fillRect((int) x, (int) (h * 0.47), (int) (w * 0.03), (int) (h * 0.03));
        }
        g.setColor(new Color(0xc0392b));
        g.fillRect((int) (w * 0.15), (int) (h * 0.52), (int) (w * 0.7), h / 120 + 1);
        g.dispose();
        return image;
    }

    /** A car carrier at a quay, with rows of cars waiting. */
    static BufferedImage port(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, new Color(0xbfe3f5), new Color(0xf5f1e6));
        g.setColor(new Color(0x2e6f95));
        g.fillRect(0, h * 6 / 10, w, h * 4 / 10);
        Path2D hull = new Path2D.Double();
        hull.moveTo(w * 0.1, h * 0.35);
        hull.lineTo(w * 0.9, h * 0.35);
        hull.lineTo(w * 0.85, h * 0.62);
        hull.lineTo(w * 0.12, h * 0.62);
        hull.closePath();
        g.setColor(new Color(0xeeeeee));
        g.fill(hull);
        g.setColor(new Color(0x1f4e79));
        g.fillRect((int) (w * 0.1), (int) (h * 0.55), (int) (w * 0.78), h / 40);
        Random random = new Random(7);
        Color[] paint = {new Color(0xc0392b), new Color(0xf2f2f2), new Color(0x2c3e50), new Color(0x16a085)};
        for (int row = 0; row < 3; row++) {
            for (int x = 0; x < w; x += w / 24) {
                g.setColor(paint[random.nextInt(paint.length)]);
                g.fill(new RoundRectangle2D.Double(x + 4, h * (0.7 + row * 0.09), w / 30.0, h / 25.0, 8, 8));
            }
        }
        g.dispose();
        return image;
    }

    /** A long bridge over the sea, as a map would draw it; transparent sky, so it stays a PNG. */
    static BufferedImage bridge(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x9cc9e3));
        g.fillRect(0, h / 2, w, h / 2);
        g.setColor(new Color(0x6b8e23));
        g.fillOval(-w / 8, h * 2 / 5, w / 3, h / 3);
        g.fillOval(w * 3 / 4, h * 2 / 5, w / 3, h / 3);
        g.setColor(new Color(0x555555));
        g.setStroke(new BasicStroke(Math.max(2, h / 60f)));
        g.drawLine(w / 8, h * 3 / 5, w * 7 / 8, h * 3 / 5);
        for (int x = w / 8; x <= w * 7 / 8; x += w / 16) {
            g.drawLine(x, h * 3 / 5, x, h * 7 / 10);
        }
        g.setColor(new Color(0xd35400));
        g.fillPolygon(new int[] {w / 2 - w / 40, w / 2, w / 2 + w / 40}, new int[] {h * 3 / 5, h * 2 / 5, h * 3 / 5},
                3);
        g.dispose();
        return image;
    }

    /** A conference table under a row of flags. */
    static BufferedImage hall(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, new Color(0x2c3e50), new Color(0x7f8c8d));
        Color[] flags = {new Color(0xde2910), new Color(0x00afca), new Color(0x0039a6), new Color(0x009a44),
                new Color(0xffcd00), new Color(0xce1126)};
        for (int i = 0; i < flags.length; i++) {
            g.setColor(flags[i]);
            g.fillRect(w / 10 + i * w * 13 / 100, h / 8, w / 12, h / 6);
        }
        g.setColor(new Color(0x8e5b3a));
        g.fillOval(w / 8, h / 2, w * 3 / 4, h / 3);
        g.setColor(new Color(0xecf0f1));
        for (int i = 0; i < 8; i++) {
            g.fillRect(w / 6 + i * w / 11, h * 57 / 100, w / 30, h / 40);
        }
        g.dispose();
        return image;
    }
}
