package dev.duet.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a story comes from: dateline, agency, reporters and the original article. The source URL is present only
 * when it is an http(s) URL, so a template can always make it a link.
 */
public record Attribution(Optional<String> dateline, Optional<String> agency, List<String> reporters,
        Optional<String> sourceUrl, Optional<String> sourceName) {

    public Attribution {
        reporters = List.copyOf(reporters);
    }
}
