package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FewTagsTest {

    private static List<Tag> tags(int count) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add(new Tag("key " + i, "slug-" + i, "名" + i));
        }
        return tags;
    }

    @Test
    void aCopyOfAnySizeIsEqualToTheListAndCannotBeChanged() {
        for (int count = 0; count <= 6; count++) {
            List<Tag> tags = tags(count);
            List<Tag> copy = FewTags.copyOf(tags);
            assertEquals(tags, copy);
            assertEquals(copy, tags);
            assertEquals(tags.hashCode(), copy.hashCode());
            assertEquals(List.copyOf(tags), copy);
            assertEquals(tags.toString(), copy.toString());
            assertThrows(IndexOutOfBoundsException.class, () -> copy.get(copy.size()));
            assertThrows(IndexOutOfBoundsException.class, () -> copy.get(-1));
            assertThrows(UnsupportedOperationException.class, () -> copy.add(tags(1).get(0)));
            tags.clear();
            assertEquals(count, copy.size(), "a copy, not a view");
        }
    }

    @Test
    void aCopyOfACopyIsItselfAndNoTagIsNull() {
        List<Tag> copy = FewTags.copyOf(tags(3));
        assertSame(copy, FewTags.copyOf(copy));
        List<Tag> withNull = tags(4);
        withNull.set(3, null);
        assertThrows(NullPointerException.class, () -> FewTags.copyOf(withNull));
        assertThrows(NullPointerException.class, () -> FewTags.copyOf(java.util.Arrays.asList(null, null)));
    }
}
