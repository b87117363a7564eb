package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.config.SiteConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text of a record read component by component is the text its own {@code toString} gives. */
class RecordTextTest {

    record Inner(String name, int count) {
    }

    record Outer(Optional<Inner> some, Optional<Inner> none, List<Inner> list, Path path, double ratio) {
    }

    @Test
    void theTextIsWhatToStringGivesForNestedRecordsOptionalsAndLists() {
        Outer outer = new Outer(Optional.of(new Inner("a", 1)), Optional.empty(),
                List.of(new Inner("b", 2), new Inner("c, d", 3)), Path.of("x/y"), 0.5);
        assertEquals(outer.toString(), RecordText.of(outer));
    }

    @Test
    void aSitesConfigurationForItsOutputReadsAsItsToStringSoPagesKeepTheirFingerprints() {
        SiteConfig config = SiteConfig.builder(Path.of("site")).buildTime("2024-05-21").build();
        assertEquals(config.forOutput().toString(), RecordText.of(config.forOutput()));
        SiteConfig preview = config.forPreview(URI.create("http://127.0.0.1:8080/"), true);
        assertEquals(preview.forOutput().toString(), RecordText.of(preview.forOutput()));
    }
}
