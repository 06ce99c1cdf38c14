package org.pressarchive.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One press release as parsed: the parse model of DESIGN.md §3 plus the metadata the site needs.
 *
 * @param id            stable id, date + ASCII slug ({@code 2025-10-28-wang-yi-yermek-kosherbayev})
 * @param source        input path relative to the input folder's parent, with {@code /} separators
 * @param lang          ISO 639-1 code of the text
 * @param date          event date, or {@code null} when the text does not give it
 * @param location      city of the event, or {@code null}
 * @param title         title (given or derived)
 * @param participants  people taking part, in order of introduction
 * @param paragraphs    the text
 * @param warnings      problems found in this file, sorted by line
 * @param meta          metadata that is not part of the JSON parse model
 */
public record Release(String id, String source, String lang, LocalDate date, String location,
                      String title, List<Participant> participants, List<Paragraph> paragraphs,
                      List<Warning> warnings, ReleaseMeta meta) {
    public Release {
        participants = List.copyOf(participants);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(meta, "meta");
    }

}
