package org.pressarchive.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata given explicitly by a Markdown file's YAML front matter; every field may be null
 * (lists empty) when not given. Given values override what the parser derives from the text.
 *
 * @param speaker      the one voice of a first-person text
 * @param participants participants given explicitly (ids already slugged)
 */
public record FrontMatter(String title, LocalDate date, String location, String lang, String source,
                          List<String> tags, String translationOf, String speaker,
                          List<Participant> participants) {
    public FrontMatter {
        tags = List.copyOf(tags);
        participants = List.copyOf(participants);
    }

    public static FrontMatter empty() {
        return new FrontMatter(null, null, null, null, null, List.of(), null, null, List.of());
    }
}
