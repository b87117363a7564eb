package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    @TempDir
    Path dir;

    private static final byte[] PAGE = "<p>page</p>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileSomeoneKeepsIsEditedThroughALinkInsideAndKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path site = Files.createDirectories(dir.resolve("site"));
        Path shared = Files.writeString(site.resolve("shared.md"), "old");
        var groupWrites = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(shared, groupWrites);
        Path link = Files.createSymbolicLink(site.resolve("link.md"), shared);
        Path outside = Files.writeString(dir.resolve("outside.md"), "theirs");
        Path out = Files.createSymbolicLink(site.resolve("out.md"), outside);
        AtomicWriter writer = new AtomicWriter();

        writer.edit(link, PAGE, site);
        writer.edit(out, PAGE, site);
        writer.edit(site.resolve("new.md"), PAGE, site);

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertArrayEquals(PAGE, Files.readAllBytes(shared));
        assertEquals(groupWrites, Files.getPosixFilePermissions(shared));
        assertFalse(Files.isSymbolicLink(out), "a link out of the site is replaced");
        assertEquals("theirs", Files.readString(outside), "and what it named is left alone");
        assertArrayEquals(PAGE, Files.readAllBytes(site.resolve("new.md")));
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(4, files.count(), "no temporary file left");
        }
    }

    @Test
    void filesGetTheUsualPermissionsSoAWebServerCanReadThem() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference.txt")); // what the user's umask gives any new file
        for (boolean inPlace : new boolean[] {false, true}) {
            AtomicWriter writer = new AtomicWriter(inPlace);
            Path created = dir.resolve(inPlace + "/a/index.html");
            writer.write(created, PAGE);
            Path replaced = dir.resolve(inPlace + "/b/index.html");
            writer.writeIfChanged(replaced, PAGE);
            writer.writeIfChanged(replaced, "<p>changed</p>".getBytes(StandardCharsets.UTF_8));
            for (Path file : new Path[] {created, replaced}) {
                assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file),
                        file.toString());
            }
        }
    }

    @Test
    void knowsItsTemporaryFilesByName() {
        assertTrue(AtomicWriter.isTemporary(".index.html.4711-23.tmp"));
        assertTrue(AtomicWriter.isTemporary(".docs-20.json.16975-20.tmp"));
        assertFalse(AtomicWriter.isTemporary("index.html"));
        assertFalse(AtomicWriter.isTemporary("notes.1-2.tmp"));
        assertFalse(AtomicWriter.isTemporary(".notes.tmp"));
    }

    @Test
    void unchangedFilesAreLeftAloneAndNoTemporaryFileRemains() throws Exception {
        for (boolean inPlace : new boolean[] {false, true}) {
            AtomicWriter writer = new AtomicWriter(inPlace);
            Path file = dir.resolve(inPlace + "/deep/er/index.html");
            assertTrue(writer.writeIfChanged(file, PAGE));
            FileTime written = FileTime.fromMillis(1_000_000L);
            Files.setLastModifiedTime(file, written);
            assertFalse(writer.writeIfChanged(file, PAGE), "same bytes: nothing written");
            assertEquals(written, Files.getLastModifiedTime(file));
            byte[] other = "<p>other</p>".getBytes(StandardCharsets.UTF_8);
            assertTrue(writer.writeIfChanged(file, other));
            assertArrayEquals(other, Files.readAllBytes(file));
            try (Stream<Path> files = Files.list(file.getParent())) {
                assertEquals(1, files.count(), "only the page itself is left in its folder");
            }
        }
    }

    @Test
    void streamedTextReplacesTheFileOnlyWhenItsBytesDiffer() throws Exception {
        Path file = dir.resolve("new/folder/manifest.txt");
        assertTrue(AtomicWriter.writeTextIfChanged(file, out -> out.write("a\n上海\n")));
        assertEquals("a\n上海\n", Files.readString(file));
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, written);
        assertFalse(AtomicWriter.writeTextIfChanged(file, out -> out.write("a\n上海\n")), "same bytes");
        assertEquals(written, Files.getLastModifiedTime(file));
        assertTrue(AtomicWriter.writeTextIfChanged(file, out -> out.write("a\n")));
        assertEquals("a\n", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aFailedStreamLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("cache.txt");
        Files.writeString(file, "old\n");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AtomicWriter.writeTextIfChanged(file, out -> {
                    out.write("half");
                    throw new java.io.IOException("disk full");
                }));
        assertEquals("old\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aNewFileIsCreatedWithItsFoldersButAnExistingOneIsNeverReplaced() throws Exception {
        AtomicWriter writer = new AtomicWriter();
        Path file = dir.resolve("articles/2023/rail.zh.md");

        assertTrue(writer.writeNew(file, PAGE));
        assertArrayEquals(PAGE, Files.readAllBytes(file));

        assertFalse(writer.writeNew(file, "other".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(PAGE, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file");
        }
    }

    @Test
    void aWriteThatFailsNamesItsFileAndLeavesTheOldOne() throws Exception {
        Path file = dir.resolve("zh/index.html");
        AtomicWriter.writeOnce(file, "old".getBytes(StandardCharsets.UTF_8));
        // What a full disk throws: a message without the file's name.
        AtomicWriter.StreamBody full = out -> {
            out.write('x');
            throw new java.io.IOException("No space left on device");
        };
        java.io.IOException replaced = assertThrows(java.io.IOException.class,
                () -> new AtomicWriter().write(file, full));
        assertEquals(file + ": No space left on device", replaced.getMessage());
        java.io.IOException streamed = assertThrows(java.io.IOException.class,
                () -> AtomicWriter.writeStreamIfChanged(file, full));
        assertEquals(file + ": No space left on device", streamed.getMessage());
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file");
        }
        // A file system's own exception names its file already, and is left as it is.
        java.nio.file.AccessDeniedException denied = new java.nio.file.AccessDeniedException(file.toString());
        assertSame(denied, AtomicWriter.naming(file, denied));
    }

    @Test
    void aFolderOrFileThatRefusesTheWriteIsNamedNeverTheTemporaryFile() throws Exception {
        Path file = dir.resolve("articles/story.en.md");
        AtomicWriter.writeOnce(file, "old".getBytes(StandardCharsets.UTF_8));
        Path temp = file.resolveSibling(".story.en.md." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        // Where the temporary file would go, something that is no file: the folder cannot take a new one.
        Files.createDirectory(temp);

        java.io.IOException refused = assertThrows(java.io.IOException.class,
                () -> new AtomicWriter().edit(file, "new".getBytes(StandardCharsets.UTF_8), dir));

        assertTrue(refused.getMessage().startsWith(file + ": cannot be written, as its folder " + file.getParent()
                + " does not let a new file be made in it ("), refused.getMessage());
        assertFalse(refused.getMessage().contains(".tmp"), refused.getMessage());
        assertEquals("old", Files.readString(file));

        // The temporary file written, the file itself refuses to be replaced (immutable).
        Files.writeString(temp, "new");
        java.io.IOException locked = AtomicWriter.naming(file, temp, new java.nio.file.FileSystemException(
                temp.toString(), file.toString(), "Operation not permitted"));
        assertEquals(file + ": cannot be replaced (Operation not permitted); make the file writable, then run again",
                locked.getMessage());
    }

    @Test
    void aFolderWhereAFileGoesIsNamedAsAFolder() throws Exception {
        Path page = dir.resolve("site/en/feed.xml");
        Files.createDirectories(page);

        java.io.IOException refused = assertThrows(java.io.IOException.class,
                () -> new AtomicWriter().write(page, "<feed/>".getBytes(StandardCharsets.UTF_8)));

        assertEquals(page + ": is a folder where a file is to be written: delete or rename the folder, then run again",
                refused.getMessage());
    }
}
