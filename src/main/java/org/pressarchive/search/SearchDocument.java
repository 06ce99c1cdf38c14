package org.pressarchive.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One release as the search index of one interface language sees it: the text shown in that
 * language (a translation, or the original when there is none) and the metadata used by filters.
 *
 * @param releaseId  the release's id (the page to link to)
 * @param textLang   language of {@code title} and {@code paragraphs} (the original's when untranslated)
 * @param title      title in {@code textLang}
 * @param date       event date, or null
 * @param speakers   participants as (id, name) pairs, in order of introduction
 * @param countries  participants' countries, distinct, in order of first mention
 * @param paragraphs paragraph texts; paragraph {@code i} has the anchor {@code paragraphIds.get(i)}
 * @param paragraphIds anchors of the paragraphs on the release page ({@code p1}, {@code p2}…)
 */
public record SearchDocument(String releaseId, String textLang, String title, LocalDate date,
                             List<Speaker> speakers, List<String> countries, List<String> paragraphs,
                             List<String> paragraphIds) {
    public SearchDocument {
        speakers = List.copyOf(speakers);
        countries = List.copyOf(countries);
        paragraphs = List.copyOf(paragraphs);
        paragraphIds = List.copyOf(paragraphIds);
        if (paragraphs.size() != paragraphIds.size()) {
            throw new IllegalArgumentException("one id per paragraph expected");
        }
    }

    /** A speaker filter value: participant id and display name. */
    public record Speaker(String id, String name) {
    }
}
