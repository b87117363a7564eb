package dev.duet.model;

import dev.duet.content.ContentFile;
import dev.duet.content.TranslationPairs;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every file with a path, with its story, in file order, as a list of entries: two arrays, each entry made when it is
 * asked for, since a site of a million stories has two million files.
 */
final class PublishedFiles extends AbstractList<Map.Entry<TranslationPairs.Group, ContentFile>> {

    private final TranslationPairs.Group[] stories;
    private final ContentFile[] files;

    private PublishedFiles(TranslationPairs.Group[] stories, ContentFile[] files) {
        this.stories = stories;
        this.files = files;
    }

    /** The files of {@code groups} that {@code paths} gives a path, in file order. */
    static PublishedFiles of(List<TranslationPairs.Group> groups, Map<ContentFile, String> paths) {
        List<TranslationPairs.Group> stories = new ArrayList<>();
        List<ContentFile> files = new ArrayList<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                if (paths.containsKey(file)) {
                    stories.add(group);
                    files.add(file);
                }
            }
        }
        return new PublishedFiles(stories.toArray(new TranslationPairs.Group[0]), files.toArray(new ContentFile[0]));
    }

    @Override
    public Map.Entry<TranslationPairs.Group, ContentFile> get(int index) {
        return Map.entry(stories[index], files[index]);
    }

    @Override
    public int size() {
        return files.length;
    }

    /**
     * The files in shares of about {@code size}, in order, each share whole stories: a story's files are next to
     * each other, and a share ends after the last file of one.
     */
    List<List<Map.Entry<TranslationPairs.Group, ContentFile>>> shares(int size) {
        List<List<Map.Entry<TranslationPairs.Group, ContentFile>>> shares = new ArrayList<>();
        int start = 0;
        while (start < files.length) {
            int end = Math.min(files.length, start + size);
            while (end < files.length && stories[end] == stories[end - 1]) {
                end++;
            }
            shares.add(subList(start, end));
            start = end;
        }
        return shares;
    }
}
