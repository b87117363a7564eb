package dev.duet.model;

import dev.duet.config.LanguageConfig;

/**
 * How a language's text is measured for lists and meta descriptions: how long a summary may be, whether it may be
 * cut only between words, and how reading time is counted. Chinese is written without spaces and read by the
 * character; English by the space-separated word.
 *
 * @param summaryLength the most characters (code points) of a summary before it is cut
 * @param spacedWords whether words are separated by spaces, so that a summary is cut at a space and reading time
 *     counts words; otherwise it counts Han characters
 * @param perMinute how many words or characters a reader reads in a minute
 */
public record WritingRule(int summaryLength, boolean spacedWords, int perMinute) {

    static final WritingRule HAN_CHARACTERS = new WritingRule(120, false, 400);
    static final WritingRule SPACED_WORDS = new WritingRule(240, true, 200);

    /**
     * The text as the language prints it: in English, the typewriter's dash of a wire dateline ({@code NANJING,
     * Sept. 28 (Xinhua) -- The…}) becomes an em dash; in any language, Chinese lines wrapped in the file are joined
     * without a space ({@link ChineseLines}); other text is as written.
     */
    public String typeset(String text) {
        String joined = ChineseLines.join(text);
        return spacedWords && joined.contains(" -- ") ? joined.replace(" -- ", " \u2014 ") : joined;
    }

    /** The rule for a configured language. */
    public static WritingRule of(LanguageConfig language) {
        return language.isChinese() ? HAN_CHARACTERS : SPACED_WORDS;
    }
}
