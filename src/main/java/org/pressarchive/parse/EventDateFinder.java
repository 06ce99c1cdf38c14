package org.pressarchive.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pressarchive.model.Warning;

/**
 * Picks the event date of a release: the first date written in its heading, dateline or
 * framing sentences (the first sentence of each of the first paragraphs). A date without day or
 * year gives no date and a warning.
 */
final class EventDateFinder {

    /** The date found, or null with the warning explaining why. */
    record Result(LocalDate date, Warning warning) {
    }

    private static final int PARAGRAPHS_SEARCHED = 3;

    private final FrenchDateParser dates;

    EventDateFinder(FrenchDateParser dates) {
        this.dates = dates;
    }

    /**
     * @param paragraphs sentences of each paragraph
     * @param lines      1-based line of each paragraph, for warnings
     */
    Result find(List<List<String>> paragraphs, List<Integer> lines) {
        int limit = Math.min(PARAGRAPHS_SEARCHED, paragraphs.size());
        for (int p = 0; p < limit; p++) {
            List<String> sentences = paragraphs.get(p);
            for (int s = 0; s < Math.min(2, sentences.size()); s++) {
                List<DateMention> found = dates.find(sentences.get(s));
                for (DateMention d : found) {
                    if (d.toDate().isPresent()) {
                        return new Result(d.toDate().get(), null);
                    }
                    Optional<LocalDate> repeated = repeatedInFull(d, found);
                    if (repeated.isPresent()) {
                        return new Result(repeated.get(), null);
                    }
                    String sample = sentences.get(s).substring(d.start(), d.end());
                    String why = d.year() == null ? "the year is missing" : d.day() == null ? "the day is missing"
                            : "it is not a valid date";
                    return new Result(null, new Warning(lines.get(p),
                            "event date \"" + sample.strip() + "\" not used: " + why + " (set date in front matter)"));
                }
            }
        }
        for (int p = limit; p < paragraphs.size(); p++) {
            for (String sentence : paragraphs.get(p)) {
                if (ClauseReader.isStandaloneDateline(sentence)) {
                    Optional<LocalDate> d = dates.find(sentence).stream().findFirst().flatMap(DateMention::toDate);
                    if (d.isPresent()) {
                        return new Result(d.get(), null);
                    }
                }
            }
        }
        return new Result(null, new Warning(lines.isEmpty() ? 0 : lines.get(0),
                "no event date found in the heading or the first paragraphs (set date in front matter)"));
    }

    /**
     * A dateline's {@code 12 juin} written again in full in the same sentence
     * ({@code Hanoï, 12 juin (VNA) – … a reçu jeudi 12 juin 2025 …}).
     */
    private static Optional<LocalDate> repeatedInFull(DateMention partial, List<DateMention> all) {
        if (partial.day() == null) {
            return Optional.empty();
        }
        for (DateMention d : all) {
            if (d.start() > partial.start() && d.month() == partial.month() && partial.day().equals(d.day())
                    && d.toDate().isPresent()) {
                return d.toDate();
            }
        }
        return Optional.empty();
    }
}
