package dev.duet.source;

/** What a line of a source file is, as far as the line alone can tell. */
enum LineKind {
    BLANK,
    /** The line between the Chinese and the English block, such as {@code 英语如下:}. */
    MARKER,
    /** A line labelled {@code Title:} or {@code 标题：}. */
    TITLE,
    KEYWORDS,
    /** {@code News Content:}, announcing the English body. */
    NEWS_CONTENT,
    /** {@code 【来源】<url>}, {@code 来源：<url>}, {@code Source: <url>}. */
    SOURCE,
    VIEWS,
    /** Anything else: a title without label, a headline or a paragraph. */
    TEXT
}
