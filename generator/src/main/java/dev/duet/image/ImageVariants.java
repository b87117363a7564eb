package dev.duet.image;

import dev.duet.io.CacheFolder;
import dev.duet.io.StrictText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Makes the resized copies of an image once, and keeps them under {@code <cacheDir>/images/<digest>-<settings>/}:
 * an image whose bytes and settings a build has seen before costs no decoding at all. Each image is decoded once
 * (large ones subsampled as they are read, so memory stays bounded) and resized to every width by Thumbnailator.
 * A damaged file (a truncated JPEG: the decoder warns, or fails) is refused. Thread-safe: two builds, or two
 * threads, making the same copies write the same bytes, each file atomically, and the list of copies last.
 */
public final class ImageVariants {

    private static final String INDEX = "copies.txt";
    /** The name of a copy in its folder: {@code 960.jpg}, {@code image.svg}. */
    private static final Pattern COPY_NAME = Pattern.compile("[0-9a-z][0-9a-z.]*");

    private final Path cacheDir;
    private final Path root;
    private final ImageSettings settings;
    private final ImageProbe probe;
    private final AtomicInteger decoded = new AtomicInteger();
    private final AtomicInteger planned = new AtomicInteger();
    /** The originals of the pictures planned but not yet made, by digest: made when a copy is first asked for. */
    private final Map<String, Path> pending = new ConcurrentHashMap<>();

    public ImageVariants(Path cacheDir, ImageSettings settings) {
        this.cacheDir = cacheDir;
        this.root = cacheDir.resolve("images");
        this.settings = settings;
        this.probe = new ImageProbe(settings);
    }

    /** The outcome: the picture with its copies, or why the image is not published. */
    public sealed interface Result {
    }

    /** The picture, its copies in the cache. */
    public record Made(Picture picture) implements Result {
    }

    /** Why the image cannot be published. */
    public record Refused(String reason) implements Result {
    }

    /** How many images this instance has decoded (and probed): none for images already in the cache. */
    public int decoded() {
        return decoded.get();
    }

    /** How many images this instance has planned from their headers, to be resized when a copy is first asked for. */
    public int planned() {
        return planned.get();
    }

    /** The picture cache's folder. */
    Path root() {
        return root;
    }

    /** The copies of the image at {@code path} whose digest is {@code digest}, when the cache holds them. */
    Optional<Result> cached(String path, String digest) throws IOException {
        return findListed(path, digest).map(Made::new);
    }

    /**
     * The picture with the copies the cache lists for it, or empty when it lists none. A list that is not UTF-8, or
     * not as {@link #make} writes it, was damaged: it is removed, so that the copies are made again.
     */
    private Optional<Picture> findListed(String path, String digest) throws IOException {
        Path index = folder(digest).resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(index);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(path, digest, StrictText.utf8(bytes)));
        } catch (CharacterCodingException | IllegalArgumentException | IndexOutOfBoundsException e) {
            Files.deleteIfExists(index);
            return Optional.empty();
        }
    }

    /** The folder that holds the copies of the image whose digest is {@code digest}. */
    Path folder(String digest) {
        return root.resolve(digest + "-" + settings.key());
    }

    /**
     * The copies of the image at {@code path} (relative to the site), whose bytes are {@code bytes} and digest
     * {@code digest}: read from the cache, or made now.
     */
    public Result make(String path, byte[] bytes, String digest) throws IOException {
        Path folder = folder(digest);
        Path index = folder.resolve(INDEX);
        Optional<Picture> listed = findListed(path, digest);
        if (listed.isPresent()) {
            return new Made(listed.get());
        }
        decoded.incrementAndGet();
        ImageProbe.Result probed = probe.probe(path, bytes);
        if (probed instanceof ImageProbe.Refused refused) {
            return new Refused(refused.reason());
        }
        ImageHeader header = ((ImageProbe.Usable) probed).header();
        List<String> lines = new ArrayList<>();
        lines.add(header.format() + " " + header.width() + " " + header.height());
        CacheFolder.make(cacheDir, folder);
        if (!header.raster()) {
            writeAtomically(folder.resolve("image.svg"), bytes);
            lines.add(header.width() + " " + header.height() + " image.svg");
        } else {
            BufferedImage image;
            try {
                BufferedImage decoded = decode(bytes, header);
                if (CmykPixels.isCmyk(decoded)) {
                    decoded = CmykPixels.toRgb(decoded, bytes);
                }
                image = ExifOrientation.apply(decoded, header.orientation());
            } catch (IOException | RuntimeException e) {
                return new Refused("it cannot be decoded (" + e.getMessage() + "): the file is damaged or"
                        + " truncated; export it again");
            }
            for (int width : settings.widthsFor(header.width())) {
                int height = heightAt(header, width);
                BufferedImage scaled = width == image.getWidth() && height == image.getHeight() ? image
                        : Thumbnails.of(image).size(width, height).keepAspectRatio(false).asBufferedImage();
                String name = width + "." + header.outputExtension();
                writeAtomically(folder.resolve(name), encode(scaled, header));
                lines.add(scaled.getWidth() + " " + scaled.getHeight() + " " + name);
            }
        }
        String text = String.join("\n", lines) + "\n";
        writeAtomically(index, text.getBytes(StandardCharsets.UTF_8));
        return new Made(read(path, digest, text));
    }

    /**
     * The picture at {@code path}, from the cache, or else from its header alone, its copies to be made when one is
     * first asked for ({@link #bytes}): a preview shows its pages before their pictures are resized. A damaged file
     * is then found only when its copies are made.
     */
    public Result plan(String path, byte[] bytes, String digest, Path source) throws IOException {
        Optional<Picture> listed = findListed(path, digest);
        if (listed.isPresent()) {
            return new Made(listed.get());
        }
        ImageProbe.Result probed = probe.probe(path, bytes);
        if (probed instanceof ImageProbe.Refused refused) {
            return new Refused(refused.reason());
        }
        ImageHeader header = ((ImageProbe.Usable) probed).header();
        List<String> lines = new ArrayList<>();
        lines.add(header.format() + " " + header.width() + " " + header.height());
        if (!header.raster()) {
            lines.add(header.width() + " " + header.height() + " image.svg");
        } else {
            for (int width : settings.widthsFor(header.width())) {
                lines.add(width + " " + heightAt(header, width) + " " + width + "." + header.outputExtension());
            }
        }
        pending.put(digest, source);
        planned.incrementAndGet();
        return new Made(read(path, digest, String.join("\n", lines) + "\n"));
    }

    /** The bytes of a copy in the output, {@code images/<digest>/<name>}; made now if it was only planned. */
    public byte[] bytes(String outputPath) throws IOException {
        String[] parts = outputPath.split("/");
        if (parts.length != 3 || !parts[0].equals("images") || !parts[1].matches("[0-9a-f]{32}")
                || !COPY_NAME.matcher(parts[2]).matches()) {
            throw new IOException("not a picture copy: " + outputPath);
        }
        Path folder = folder(parts[1]);
        Path source = pending.get(parts[1]);
        if (source != null && !Files.isRegularFile(folder.resolve(INDEX))) {
            // One thread makes a picture's copies; the others asking for them wait for it.
            synchronized (source) {
                if (!Files.isRegularFile(folder.resolve(INDEX))
                        && make(outputPath, Files.readAllBytes(source), parts[1]) instanceof Refused refused) {
                    throw new IOException(refused.reason());
                }
            }
        }
        return Files.readAllBytes(folder.resolve(parts[2]));
    }

    /** The height of the copy {@code width} pixels wide, in the original's proportions. */
    private static int heightAt(ImageHeader header, int width) {
        return width == header.width() ? header.height()
                : Math.max(1, (int) Math.round((double) header.height() * width / header.width()));
    }

    /** The picture a list of copies describes; an {@link IllegalArgumentException} when the list is damaged. */
    private Picture read(String path, String digest, String index) {
        String[] lines = index.split("\n");
        String[] head = lines[0].split(" ");
        if (head.length != 3 || lines.length < 2) {
            throw new IllegalArgumentException("damaged picture cache: " + folder(digest).resolve(INDEX));
        }
        List<Picture.Variant> variants = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] v = lines[i].split(" ");
            if (v.length != 3 || !COPY_NAME.matcher(v[2]).matches()) {
                throw new IllegalArgumentException("damaged picture cache: " + folder(digest).resolve(INDEX));
            }
            variants.add(new Picture.Variant(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                    "images/" + digest + "/" + v[2]));
        }
        return new Picture(path, false, head[0], Integer.parseInt(head[1]), Integer.parseInt(head[2]), variants);
    }

    /**
     * Decodes the image, every decoder warning taken as damage. An image more than twice the widest copy is
     * subsampled as it is read, so that its full size is never in memory.
     */
    private BufferedImage decode(byte[] bytes, ImageHeader header) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no decoder");
            }
            ImageReader reader = readers.next();
            try {
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(new IIOReadWarningListener() {
                    @Override
                    public void warningOccurred(ImageReader source, String warning) {
                        // A CMYK JPEG without a colour profile is told of, not damaged: CmykPixels converts it.
                        if (!warning.startsWith("No embedded ICC color profile")) {
                            warnings.add(warning);
                        }
                    }
                });
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int widest = settings.widths().get(settings.widths().size() - 1);
                int step = header.width() / (2 * widest);
                if (step >= 2) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new IOException(warnings.get(0));
                }
                return image;
            } finally {
                reader.dispose();
            }
        }
    }

    private byte[] encode(BufferedImage image, ImageHeader header) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (header.outputExtension().equals("png")) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = rgb.createGraphics();
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(settings.jpegQuality());
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
