package dev.duet.source;

import java.util.Optional;

/**
 * The original article: its URL and, when the host is a known outlet, the outlet's name in both languages
 * ({@code chinanews.com} → 中国新闻网 / China News Service).
 */
public record SourceLink(String url, Optional<String> nameZh, Optional<String> nameEn) {
}
