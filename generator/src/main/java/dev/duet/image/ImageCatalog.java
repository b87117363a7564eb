package dev.duet.image;

import dev.duet.content.BodyImages;
import dev.duet.content.ContentFile;
import dev.duet.content.ImageField;
import dev.duet.diagnostic.Problem;
import dev.duet.io.FileClock;
import dev.duet.io.Parallel;
import dev.duet.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Every picture the articles show (each one's lead {@code image:} and the images of its body), found, checked and
 * resized once per build: each file is read once however many articles show it, and its copies come from the
 * cache when its bytes were seen before ({@link ImageVariants}). A picture that cannot be published is one problem
 * naming the article file and the image; the article is published without it.
 */
public final class ImageCatalog {

    /** An image as an article names it: the article file (relative to the site) and the address as written. */
    public record Request(String articleFile, String src, int line, IntSupplier exactLine) {

        /** A request whose line is known. */
        public Request(String articleFile, String src, int line) {
            this(articleFile, src, line, () -> line);
        }
    }

    private final Map<String, Map<String, Picture>> byArticle;
    private final List<Problem> problems;
    private final int files;
    private final int decoded;
    private final int planned;
    private final Optional<ImageVariants> copies;

    private ImageCatalog(Map<String, Map<String, Picture>> byArticle, List<Problem> problems, int files,
            int decoded, int planned, Optional<ImageVariants> copies) {
        this.byArticle = byArticle;
        this.problems = List.copyOf(problems);
        this.files = files;
        this.decoded = decoded;
        this.planned = planned;
        this.copies = copies;
    }

    /** Forgets what the last build read of the pictures, for a build that trusts no cache ({@code force}). */
    public static void forgetReadings(ImageVariants variants) throws IOException {
        PictureStamps.forget(variants.root());
    }

    /** A catalog of no pictures. */
    public static ImageCatalog empty() {
        return new ImageCatalog(Map.of(), List.of(), 0, 0, 0, Optional.empty());
    }

    /** The bytes of the copy at {@code outputPath} ({@code images/<digest>/<name>}), made now if only planned. */
    public byte[] copy(String outputPath) throws IOException {
        if (copies.isEmpty()) {
            throw new IOException("no picture has the copy " + outputPath);
        }
        return copies.get().bytes(outputPath);
    }

    /** How many picture files of the site the articles name, each counted once. */
    public int files() {
        return files;
    }

    /** How many of them were decoded (or at least probed) for this catalog: those the cache did not have. */
    public int decoded() {
        return decoded;
    }

    /**
     * How many of them a preview's catalog planned from their headers, the cache not having them: each is resized
     * when a page first shows it.
     */
    public int planned() {
        return planned;
    }

    /** The images {@code files} name, each an article file's lead picture or an image of its body. */
    public static List<Request> requests(List<ContentFile> files) {
        List<Request> requests = new ArrayList<>();
        for (ContentFile file : files) {
            Optional<ImageField> lead = file.frontMatter().image();
            lead.ifPresent(image -> requests.add(new Request(file.path(), image.src(), image.line())));
            for (String src : file.body().imageSources()) {
                // The body's line, and the image's own when a message needs it: that takes the body's text.
                requests.add(new Request(file.path(), src, file.bodyLine(), () -> lineOf(file, src)));
            }
        }
        return requests;
    }

    /**
     * The line of the article file that shows the body image {@code src} first; the body's first line when the file
     * no longer holds the text the article was read with.
     */
    private static int lineOf(ContentFile file, String src) {
        return file.body().findText().flatMap(text -> BodyImages.images(text).stream()
                .filter(image -> image.src().equals(src)).findFirst())
                .map(image -> file.bodyLine() + image.line() - 1).orElse(file.bodyLine());
    }

    /**
     * Finds, checks and resizes every requested image, on {@code threads} threads. A file must be below one of the
     * {@code folders} (the articles, then {@code static/}), whose changes the build watches; one below a folder
     * after the first is published as it is as well, and its requests are warned of. With {@code later}, a
     * picture not in the cache is only probed now, and resized when its copies are first asked for ({@link #copy}).
     */
    public static ImageCatalog of(Path siteDir, List<Path> folders, ImageVariants variants, ImageSettings settings,
            int threads, List<Request> requests, boolean later) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Map<Request, ImageSource> sources = new HashMap<>();
        for (Request request : requests) {
            ImageSource source = ImageSource.resolve(siteDir, request.articleFile(), request.src());
            if (source instanceof ImageSource.Local local && folders.stream()
                    .noneMatch(folder -> local.file().startsWith(folder.toAbsolutePath().normalize()))) {
                // A Hugo site's address of a file of static/ (/images/x.png) names the folder from the site's top.
                String src = request.src();
                Optional<String> meant = !src.startsWith("/") || src.startsWith("//") ? Optional.empty()
                        : folders.stream().filter(f -> Files.isRegularFile(f.resolve(src.substring(1))))
                                .map(f -> "/" + siteDir.toAbsolutePath().normalize().relativize(
                                        f.toAbsolutePath().normalize()).toString().replace('\\', '/') + src)
                                .findFirst();
                source = new ImageSource.Refused(meant.map(m -> "'" + src + "' is read from the site folder, where"
                        + " an address starting with / begins: write '" + m + "'").orElse("'" + src + "' is neither"
                        + " in the articles folder nor in static/: move it beside the article"));
            }
            sources.put(request, source);
            if (source instanceof ImageSource.Local local) {
                files.put(local.path(), local.file());
            }
        }
        List<Map.Entry<String, Path>> unique = new ArrayList<>(files.entrySet());
        PictureStamps stamps = PictureStamps.load(variants.root());
        List<Object> outcomes = Parallel.map(threads, unique, entry -> load(entry.getKey(), entry.getValue(),
                variants, settings, later, stamps));
        try {
            stamps.save();
        } catch (IOException e) {
            // Only a memo: the next build reads the pictures again.
        }
        Map<String, Object> byPath = new HashMap<>();
        for (int i = 0; i < unique.size(); i++) {
            byPath.put(unique.get(i).getKey(), outcomes.get(i));
        }
        Map<String, Map<String, Picture>> byArticle = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Request request : requests) {
            ImageSource source = sources.get(request);
            Optional<String> refused = Optional.empty();
            if (source instanceof ImageSource.Remote remote) {
                put(byArticle, request, Picture.remote(remote.url()));
                if (!remote.url().regionMatches(true, 0, "https:", 0, 6)) {
                    problems.add(Problem.warning("image.insecure", request.articleFile(),
                            request.exactLine().getAsInt(), "image '"
                            + request.src() + "' is an http address, which browsers refuse on the site's pages"
                            + " (their Content-Security-Policy allows pictures from https only): use https"));
                }
            } else if (source instanceof ImageSource.Refused no) {
                refused = Optional.of(no.reason());
            } else if (source instanceof ImageSource.Local local) {
                Object outcome = byPath.get(local.path());
                if (outcome instanceof Picture picture) {
                    put(byArticle, request, picture);
                    if (folders.size() > 1 && folders.subList(1, folders.size()).stream()
                            .anyMatch(folder -> local.file().startsWith(folder.toAbsolutePath().normalize()))) {
                        problems.add(Problem.warning("image.static-original", request.articleFile(),
                                request.exactLine().getAsInt(), "image '" + request.src() + "' is in static/, whose"
                                + " files are published as they are: its original goes out beside its copies, with"
                                + " what the camera wrote in it (a location, for one), and stays published when no"
                                + " story shows it; keep a story's pictures beside its article file"));
                    }
                } else {
                    refused = Optional.of((String) outcome);
                }
            }
            refused.ifPresent(reason -> problems.add(Problem.error("image.unusable", request.articleFile(),
                    request.exactLine().getAsInt(), "image '" + request.src() + "': " + reason + "; the article is"
                    + " published without it")));
        }
        return new ImageCatalog(byArticle, problems, unique.size(), variants.decoded(), variants.planned(),
                Optional.of(variants));
    }

    /** The picture for {@code src} as the article file {@code articleFile} names it, if it can be published. */
    public Optional<Picture> find(String articleFile, String src) {
        return Optional.ofNullable(byArticle.getOrDefault(articleFile, Map.of()).get(src));
    }

    /** Every picture of an article file by its address as written, in address order. */
    public Map<String, Picture> of(String articleFile) {
        return new TreeMap<>(byArticle.getOrDefault(articleFile, Map.of()));
    }

    /** One problem for each picture that cannot be published. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every local picture's copies, each once, in path order. */
    public List<Picture.Variant> variants() {
        Map<String, Picture.Variant> all = new TreeMap<>();
        byArticle.values().forEach(pictures -> pictures.values()
                .forEach(p -> p.variants().forEach(v -> all.put(v.path(), v))));
        return new ArrayList<>(all.values());
    }

    private static void put(Map<String, Map<String, Picture>> byArticle, Request request, Picture picture) {
        byArticle.computeIfAbsent(request.articleFile(), k -> new HashMap<>()).put(request.src(), picture);
    }

    /**
     * The picture at {@code file}, or the reason it cannot be published. A file with the stamp it had when the last
     * build read it, whose copies are in the cache, is not read again.
     */
    private static Object load(String path, Path file, ImageVariants variants, ImageSettings settings,
            boolean later, PictureStamps stamps) throws IOException {
        byte[] bytes;
        BasicFileAttributes before;
        long modified;
        long readAt;
        try {
            if (!Files.isRegularFile(file)) {
                return Files.exists(file) ? "it is not a file" : "there is no file at " + path;
            }
            readAt = FileClock.now();
            before = Files.readAttributes(file, BasicFileAttributes.class);
            modified = before.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            Optional<ImageVariants.Result> cached = stamps.digest(path, before.size(), modified)
                    .flatMap(digest -> cachedOrEmpty(variants, path, digest));
            if (cached.isPresent() && cached.get() instanceof ImageVariants.Made made) {
                stamps.kept(path);
                return made.picture();
            }
            if (before.size() > settings.maxBytes()) {
                return "the file is " + before.size() / (1024 * 1024) + " MB, more than the "
                        + settings.maxBytes() / (1024 * 1024) + " MB Duet reads; make it smaller";
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) settings.maxBytes());
            }
        } catch (NoSuchFileException e) {
            return "there is no file at " + path;
        }
        String hash = PictureStamps.hashOf(bytes);
        String digest = stamps.digestOfBytes(path, bytes.length, hash).orElseGet(() -> Sha256.hex128(bytes));
        ImageVariants.Result result = later ? variants.plan(path, bytes, digest, file)
                : variants.make(path, bytes, digest);
        if (result instanceof ImageVariants.Made made) {
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            stamps.seen(path, before.size(), modified, readAt, after.size(),
                    after.lastModifiedTime().to(TimeUnit.NANOSECONDS), hash, digest);
            return made.picture();
        }
        return ((ImageVariants.Refused) result).reason();
    }

    private static Optional<ImageVariants.Result> cachedOrEmpty(ImageVariants variants, String path, String digest) {
        try {
            return variants.cached(path, digest);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
