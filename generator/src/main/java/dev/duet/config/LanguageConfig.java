package dev.duet.config;

import java.util.Objects;

/**
 * One language of the site.
 *
 * @param code the language code used in paths and front matter: {@code zh} or {@code en}
 * @param languageTag the BCP 47 tag for {@code <html lang>} and hreflang: {@code zh-Hans}, {@code en}
 * @param ogLocale the Open Graph locale: {@code zh_CN}, {@code en_US}
 * @param title the site's title in this language
 * @param description a one-line description of the site in this language
 */
public record LanguageConfig(String code, String languageTag, String ogLocale, String title, String description) {

    public LanguageConfig {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(ogLocale, "ogLocale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    public boolean isChinese() {
        return code.equals("zh");
    }
}
