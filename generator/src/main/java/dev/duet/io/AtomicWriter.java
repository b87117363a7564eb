package dev.duet.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes files all at once: the bytes go to a temporary file in the same folder, which is then moved over the
 * target. A reader (the preview server, a user's editor) sees the old file or the new one, never half of one, and
 * an interrupted run leaves no truncated file behind. Files get the usual permissions for the user's umask (as any
 * other program's output), so a web server running as another user can read them.
 *
 * <p>A file is first written as if its folder existed; only when it does not are the folders made, so writing
 * hundreds of thousands of files asks nothing more of the file system and remembers nothing. It is safe to use
 * from many threads; two threads never write the same target at the same time in Duet, and each thread's temporary
 * file has its own name.
 */
public final class AtomicWriter {

    /** Temporary names stay well under the usual 255-byte file name limit. */
    private static final int MAX_TEMP_STEM = 96;
    /** The names of temporary files: {@code .name.<process>-<thread>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+-\\d+\\.tmp");

    private final boolean newFilesInPlace;

    /** A writer that replaces every file atomically, new files included. */
    public AtomicWriter() {
        this(false);
    }

    /**
     * @param newFilesInPlace write a file that does not exist yet straight to its name, saving a rename. Only for
     *     output nobody reads while it is written (a publishing build): a reader could see a new file half written.
     *     An interrupted run may leave such a file short; the caller must not trust it afterwards (a build marks
     *     itself under way before it writes, and the build after an unfinished one renders every file again).
     *     Existing files are always replaced atomically.
     */
    public AtomicWriter(boolean newFilesInPlace) {
        this.newFilesInPlace = newFilesInPlace;
    }

    /** Writes {@code bytes} to {@code target}, creating parent folders. */
    public void write(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes));
    }

    /** Bytes streamed to a file. */
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file from bytes streamed to it through a buffer, for a file too large to build in memory, creating
     * parent folders. A body that fails leaves the target as it was.
     */
    public void write(Path target, StreamBody body) throws IOException {
        replace(target, out -> {
            OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            body.write(buffered);
            buffered.flush();
        });
    }

    /**
     * Replaces a file someone keeps (an article file, the site's list of deleted places) as an editor saves it: a
     * link to a file inside {@code within} is written through, not replaced by a file, and the file keeps its
     * permissions (a folder a newsroom shares may let its group write). A link that leads out of {@code within} is
     * replaced, leaving what it names alone.
     */
    public void edit(Path target, byte[] bytes, Path within) throws IOException {
        Path file = target;
        if (Files.isSymbolicLink(target)) {
            try {
                Path real = target.toRealPath();
                if (real.startsWith(within.toRealPath())) {
                    file = real;
                }
            } catch (NoSuchFileException e) {
                // A link to nothing: replaced.
            }
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> kept = null;
        try {
            kept = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            // No such file yet, or a file system without POSIX permissions: the usual ones.
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = kept;
        replace(file, out -> out.write(bytes), permissions);
    }

    /** Writes the body into a temporary file beside the target, which then replaces it. */
    private static void replace(Path target, StreamBody body) throws IOException {
        replace(target, body, null);
    }

    /** The same, the temporary file given {@code permissions} first unless they are null. */
    private static void replace(Path target, StreamBody body,
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        String stem = name.length() > MAX_TEMP_STEM ? name.substring(0, MAX_TEMP_STEM) : name;
        Path temp = dir.resolve("." + stem + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                body.write(out);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw naming(target, temp, e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Writes only when the content differs, so unchanged files keep their timestamps; true when it wrote. A target
     * that is a link is replaced by a file, never written through, whatever the file it names holds.
     */
    public boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        Optional<BasicFileAttributes> attributes = attributes(target);
        if (attributes.isPresent() && sameContent(target, attributes.get(), bytes)) {
            return false;
        }
        if (attributes.isEmpty() && newFilesInPlace && writeNew(target, bytes)) {
            return true;
        }
        write(target, bytes);
        return true;
    }

    /**
     * Creates a file that does not exist yet, straight under its name, making its folders: false, with nothing
     * written, when the file exists (so it never replaces one, even one created a moment ago). A write that fails
     * removes what it created. Only a process killed in the middle of the write can leave the file short.
     */
    public boolean writeNew(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !isFolder(folder)) {
            // Made before the file is opened: a new file's folder is often new too (each page of a first build has
            // its own), and the open that fails for want of it would cost an exception.
            Files.createDirectories(folder);
        }
        OutputStream created;
        try {
            created = open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        boolean written = false;
        try {
            try (OutputStream out = created) {
                out.write(bytes);
            }
            written = true;
        } catch (IOException e) {
            throw naming(target, e);
        } finally {
            if (!written) {
                Files.deleteIfExists(target);
            }
        }
        return true;
    }

    /**
     * True when {@code fileName} has the form of the temporary files this class writes beside their targets
     * ({@code .name.<process>-<thread>.tmp}): one that is left over was written by a process killed in the middle.
     */
    public static boolean isTemporary(String fileName) {
        return fileName.endsWith(".tmp") && TEMPORARY.matcher(fileName).matches();
    }

    /** Opens a file for writing, making its folders first when they do not exist. */
    private static OutputStream open(Path file, StandardOpenOption... options) throws IOException {
        try {
            return Files.newOutputStream(file, options);
        } catch (NoSuchFileException e) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.newOutputStream(file, options);
        }
    }

    /** Writes one file, for callers that write a single file and need no folder memory. */
    public static void writeOnce(Path target, byte[] bytes) throws IOException {
        new AtomicWriter().write(target, bytes);
    }

    /** Writes one file only when its content differs; true when it wrote. */
    static boolean writeOnceIfChanged(Path target, byte[] bytes) throws IOException {
        return new AtomicWriter().writeIfChanged(target, bytes);
    }

    /** Text written to a stream, for a file too large to hold in memory. */
    public interface TextBody {
        void write(java.io.Writer out) throws IOException;
    }

    /**
     * Writes a file from text streamed to it as UTF-8, for a file too large to build in memory: into a temporary
     * file beside the target, which replaces the target only when their bytes differ (the target keeps its
     * timestamp otherwise). True when it wrote.
     */
    public static boolean writeTextIfChanged(Path target, TextBody body) throws IOException {
        return writeStreamIfChanged(target, out -> {
            java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            body.write(text);
            text.flush();
        });
    }

    /** {@link #writeTextIfChanged} for a body that writes bytes. */
    public static boolean writeStreamIfChanged(Path target, StreamBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.write(out);
            }
            // Files of another size differ: only one of the same size is compared byte by byte.
            if (Files.isRegularFile(target) && Files.size(temp) == Files.size(target)
                    && Files.mismatch(temp, target) == -1) {
                return false;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw naming(target, temp, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A failed write's exception, naming the file it was writing when the system's message does not ("No space
     * left on device"); a file system's own exception names its file already.
     */
    static IOException naming(Path target, IOException e) {
        return e instanceof FileSystemException ? e : new IOException(target + ": " + e.getMessage(), e);
    }

    /**
     * {@link #naming(Path, IOException)} for a write through the temporary file {@code temp}: an error of the file
     * system about the temporary file, which the user never sees, is told as one about the target. When the temporary
     * file could not be made, its folder refused a new file (read-only, or immutable); else the target refused to
     * be replaced.
     */
    static IOException naming(Path target, Path temp, IOException e) {
        if (!(e instanceof FileSystemException failed) || !temp.toString().equals(failed.getFile())) {
            return naming(target, e);
        }
        String reason = FileErrors.reason(failed);
        // No cause: a tool that tells the causes of an error (Maven) would name the temporary file after all.
        return new FileSystemException(target.toString(), null, Files.isDirectory(target,
                java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "is a folder where a file is to be written: delete or"
                + " rename the folder, then run again" : Files.isRegularFile(temp)
                ? "cannot be replaced (" + reason + "); make the file writable, then run again"
                : "cannot be written, as its folder " + temp.getParent() + " does not let a new file be made in it ("
                        + reason + "); make the folder writable, then run again");
    }

    private static Optional<BasicFileAttributes> attributes(Path target) throws IOException {
        if (isDefault(target) && !target.toFile().exists()) {
            // Asked without an exception: every file of a first build is missing, and the NoSuchFileException of
            // Files.readAttributes costs a stack trace each. A link to nothing is not "existing" here either; its
            // write finds the name taken and replaces the link (writeNew, then write).
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAttributes(target, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code path} is on the default file system, where {@link java.io.File} may ask of it. */
    private static boolean isDefault(Path path) {
        return path.getFileSystem() == java.nio.file.FileSystems.getDefault();
    }

    /** Whether {@code folder} is a folder, asked without an exception when it is not. */
    private static boolean isFolder(Path folder) {
        return isDefault(folder) ? folder.toFile().isDirectory() : Files.isDirectory(folder);
    }

    private static boolean sameContent(Path target, BasicFileAttributes attributes, byte[] bytes) throws IOException {
        return attributes.isRegularFile() && attributes.size() == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes);
    }
}
