package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.io.NotAFolderException;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file where the site should be written stops the build with a message that names it, and is left alone. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereTheOutputFolderShouldBeIsNamedAndKept() throws Exception {
        TestSite site = TestSite.in(dir).news();
        Files.createDirectories(site.out().getParent());
        Files.writeString(site.out(), "mine");

        NotAFolderException e = assertThrows(NotAFolderException.class, site::build);

        assertTrue(e.getMessage().startsWith(site.out().toAbsolutePath().normalize()
                + ": a file is where Duet writes the site"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dduet.outputDir"), e.getMessage());
        assertEquals("mine", Files.readString(site.out()));
    }
}
