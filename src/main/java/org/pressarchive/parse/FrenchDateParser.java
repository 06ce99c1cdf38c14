package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in French: {@code le 28 octobre 2025}, {@code le mardi 1er mars 2024},
 * {@code du 25 au 28 octobre 2006} (first day), {@code 29 août (Xinhua)} (no year),
 * {@code en octobre 2025} (no day) and numeric {@code 28/10/2025}. Stateless.
 */
public final class FrenchDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12));

    private static final String MONTH = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)";
    private static final String DAY = "(1er|premier|[0-3]?\\d)";
    private static final String WEEKDAY = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?";

    /** {@code du 25 (octobre)? au 28 octobre (2006)?}, {@code les 12 et 13 janvier 2025}: the first day. */
    private static final Pattern PERIOD = Pattern.compile(
            "(?U)\\b(?:du|les)\\s+" + WEEKDAY + DAY + "(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?\\s+(?:au|et)\\s+(?:le\\s+)?" + WEEKDAY + DAY + "\\s+" + MONTH
                    + "(?:\\s+(\\d{4}))?\\b");
    /** {@code (le)? (mardi)? 3 mai (2022)?}. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY + DAY + "\\s+" + MONTH + "(?:\\s+(\\d{4}))?(?![\\p{L}])");
    /** {@code octobre 2025} with no day before. */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?U)\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])([0-3]?\\d)[/.]([01]?\\d)[/.](\\d{4})(?![\\d/])");

    /** Every date of {@code text}, in order of position; overlapping readings are dropped. */
    public List<DateMention> find(String text) {
        String t = Folding.fold(text);
        List<DateMention> out = new ArrayList<>();
        // What m.find() loops would find: each pattern is tried only where its first char can be
        // (the look-behinds and word boundaries still see the text before, through transparent bounds)
        Matcher m = PERIOD.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, at, false, "dl"); at = m.end()) {
            int month = MONTHS.get(m.group(2) != null ? m.group(2) : m.group(5));
            String year = m.group(3) != null ? m.group(3) : m.group(6);
            add(out, new DateMention(m.start(), m.end(), day(m.group(1)), month, year == null ? null : Integer.valueOf(year)));
        }
        m = DAY_MONTH.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, at, true, "lmjvsdp"); at = m.end()) {
            add(out, new DateMention(m.start(), m.end(), day(m.group(1)), MONTHS.get(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3))));
        }
        m = MONTH_YEAR.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, at, false, "jfmasond"); at = m.end()) {
            add(out, new DateMention(m.start(), m.end(), null, MONTHS.get(m.group(1)), Integer.valueOf(m.group(2))));
        }
        m = NUMERIC.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, at, true, ""); at = m.end()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                add(out, new DateMention(m.start(), m.end(), Integer.valueOf(m.group(1)), month, Integer.valueOf(m.group(3))));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * True when {@code m}'s pattern matches at a position from {@code from} on (the first such
     * position, as {@link Matcher#find} looks for it), trying only the positions whose char is an
     * ASCII digit (if {@code digits}) or one of {@code firsts}: the chars a match can start with.
     * {@code m} must have transparent bounds; none of the patterns matches an empty text.
     */
    private static boolean findFrom(Matcher m, String t, int from, boolean digits, String firsts) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            char c = t.charAt(i);
            if ((digits && c >= '0' && c <= '9' || firsts.indexOf(c) >= 0) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<DateMention> out, DateMention d) {
        for (DateMention o : out) {
            if (d.start() < o.end() && o.start() < d.end()) {
                return;
            }
        }
        out.add(d);
    }

    private static Integer day(String s) {
        if (s.equals("1er") || s.equals("premier")) {
            return 1;
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : null;
    }
}
