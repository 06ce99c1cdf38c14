package org.pressarchive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date written in a text, possibly incomplete ({@code 29 août} without a year, {@code octobre
 * 2025} without a day). For a period ({@code du 25 au 28 octobre 2006}) it is the first day.
 *
 * @param start offset of the first character in the text
 * @param end   offset after the last character
 * @param day   day of month, or null when not written
 * @param month month 1–12
 * @param year  year, or null when not written
 */
public record DateMention(int start, int end, Integer day, int month, Integer year) {

    /** True when day, month and year are all written. */
    public boolean complete() {
        return day != null && year != null;
    }

    /** The date when complete and valid (no 31 February). */
    public Optional<LocalDate> toDate() {
        if (!complete()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
