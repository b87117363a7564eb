package dev.duet.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of three or four tags in fields of its own: an article has a few tags, and a list of the JDK
 * holds them in an array of its own besides, 56 bytes where this takes 32. A shard's build holds the tags of every
 * article of the site, two million lists at a million stories.
 */
final class FewTags extends AbstractList<Tag> implements RandomAccess {

    private final Tag first;
    private final Tag second;
    private final Tag third;
    /** The fourth tag; null in a list of three. */
    private final Tag fourth;

    private FewTags(Tag first, Tag second, Tag third, Tag fourth) {
        this.first = first;
        this.second = second;
        this.third = third;
        this.fourth = fourth;
    }

    /** An immutable copy of {@code tags}, none of them null: one of these for three or four, else the JDK's. */
    static List<Tag> copyOf(List<Tag> tags) {
        if (tags instanceof FewTags) {
            return tags;
        }
        int size = tags.size();
        if (size == 3 || size == 4) {
            return new FewTags(Objects.requireNonNull(tags.get(0)), Objects.requireNonNull(tags.get(1)),
                    Objects.requireNonNull(tags.get(2)), size == 4 ? Objects.requireNonNull(tags.get(3)) : null);
        }
        return List.copyOf(tags);
    }

    @Override
    public Tag get(int index) {
        return switch (index) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> third;
            case 3 -> {
                if (fourth == null) {
                    throw new IndexOutOfBoundsException(index);
                }
                yield fourth;
            }
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    @Override
    public int size() {
        return fourth == null ? 3 : 4;
    }
}
