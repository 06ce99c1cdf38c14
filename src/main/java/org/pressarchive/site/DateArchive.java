package org.pressarchive.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pressarchive.model.Release;

/** Dated releases by year and month, newest first; built once, immutable. Undated releases are not in it. */
public final class DateArchive {
    /** A month of a year and its releases, newest first. */
    public record Month(int year, int month, List<Release> releases) {
        public Month {
            releases = List.copyOf(releases);
        }
    }

    /** A year, its months (newest first) and its number of releases. */
    public record Year(int year, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }

        public int count() {
            return months.stream().mapToInt(m -> m.releases().size()).sum();
        }
    }

    private final List<Year> years;

    private DateArchive(List<Year> years) {
        this.years = List.copyOf(years);
    }

    /** @param releases newest first, as in {@link SiteIndex#releases()} */
    public static DateArchive of(List<Release> releases) {
        TreeMap<Integer, TreeMap<Integer, List<Release>>> byYear = new TreeMap<>();
        for (Release r : releases) {
            if (r.date() != null) {
                byYear.computeIfAbsent(r.date().getYear(), y -> new TreeMap<>())
                        .computeIfAbsent(r.date().getMonthValue(), m -> new ArrayList<>()).add(r);
            }
        }
        List<Year> years = new ArrayList<>();
        for (Map.Entry<Integer, TreeMap<Integer, List<Release>>> y : byYear.descendingMap().entrySet()) {
            List<Month> months = new ArrayList<>();
            for (Map.Entry<Integer, List<Release>> m : y.getValue().descendingMap().entrySet()) {
                months.add(new Month(y.getKey(), m.getKey(), m.getValue()));
            }
            years.add(new Year(y.getKey(), months));
        }
        return new DateArchive(years);
    }

    /** Years with releases, newest first. */
    public List<Year> years() {
        return years;
    }

    public List<Month> months() {
        return years.stream().flatMap(y -> y.months().stream()).toList();
    }
}
