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
    static final Pattern PERIOD = Pattern.compile(
            "(?U)\\b(?:du|les)\\s+" + WEEKDAY + DAY + "(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?\\s+(?:au|et)\\s+(?:le\\s+)?" + WEEKDAY + DAY + "\\s+" + MONTH
                    + "(?:\\s+(\\d{4}))?\\b");
    /** {@code (le)? (mardi)? 3 mai (2022)?}. */
    static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY + DAY + "\\s+" + MONTH + "(?:\\s+(\\d{4}))?(?![\\p{L}])");
    /** {@code octobre 2025} with no day before. */
    static final Pattern MONTH_YEAR = Pattern.compile("(?U)\\b" + MONTH + "\\s+(\\d{4})\\b");
    static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])([0-3]?\\d)[/.]([01]?\\d)[/.](\\d{4})(?![\\d/])");

    /** Every date of {@code text}, in order of position; overlapping readings are dropped. */
    public List<DateMention> find(String text) {
        String t = Folding.fold(text);
        char[] cs = t.toCharArray(); // read once for the four searches: a charAt is a call without the optimising compiler
        List<DateMention> out = new ArrayList<>();
        // What m.find() loops would find: each pattern is tried only where its first char can be
        // (the look-behinds and word boundaries still see the text before, through transparent bounds)
        Matcher m = PERIOD.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, cs, at, false, PERIOD_STARTS); at = m.end()) {
            int month = MONTHS.get(m.group(2) != null ? m.group(2) : m.group(5));
            String year = m.group(3) != null ? m.group(3) : m.group(6);
            add(out, new DateMention(m.start(), m.end(), day(m.group(1)), month, year == null ? null : Integer.valueOf(year)));
        }
        m = DAY_MONTH.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, cs, at, true, DAY_MONTH_STARTS); at = m.end()) {
            add(out, new DateMention(m.start(), m.end(), day(m.group(1)), MONTHS.get(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3))));
        }
        m = MONTH_YEAR.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, cs, at, false, MONTH_YEAR_STARTS); at = m.end()) {
            add(out, new DateMention(m.start(), m.end(), null, MONTHS.get(m.group(1)), Integer.valueOf(m.group(2))));
        }
        m = NUMERIC.matcher(t).useTransparentBounds(true);
        for (int at = 0; findFrom(m, t, cs, at, true, NUMERIC_STARTS); at = m.end()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                add(out, new DateMention(m.start(), m.end(), Integer.valueOf(m.group(1)), month, Integer.valueOf(m.group(3))));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The words a match can start with, and their first chars: a char that starts none of them
     * costs one look-up.
     */
    record Starts(String firsts, String... words) {
        static Starts of(String... words) {
            StringBuilder firsts = new StringBuilder();
            for (String w : words) {
                firsts.append(w.charAt(0));
            }
            return new Starts(firsts.toString(), words);
        }

        /** True when one of the words is at {@code i} in {@code cs}. */
        boolean at(char[] cs, int i) {
            if (firsts.indexOf(cs[i]) < 0) {
                return false;
            }
            for (String w : words) {
                if (w.charAt(0) == cs[i] && regionIs(cs, i, w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A {@link #NUMERIC} starts with a digit, never a word. */
    private static final Starts NUMERIC_STARTS = Starts.of();
    /** The words a {@link #PERIOD} starts with. */
    static final Starts PERIOD_STARTS = Starts.of("du", "les");
    /** The words a {@link #DAY_MONTH} starts with, when it does not start with a digit: a weekday, {@code premier}. */
    static final Starts DAY_MONTH_STARTS = Starts.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "premier");
    /** The first three letters of every month {@link #MONTH} reads: a {@link #MONTH_YEAR} starts with one. */
    static final Starts MONTH_YEAR_STARTS = Starts.of("jan", "fév", "fev", "mar", "avr", "mai", "jui", "aoû", "aou", "sep",
            "oct", "nov", "déc", "dec");

    /**
     * True when {@code m}'s pattern matches at a position from {@code from} on (the first such
     * position, as {@link Matcher#find} looks for it), trying only the positions that hold an
     * ASCII digit (if {@code digits}) or one of {@code starts}: what a match can start with.
     * {@code m} must have transparent bounds; none of the patterns matches an empty text.
     * {@code cs} holds the chars of {@code t}.
     */
    static boolean findFrom(Matcher m, String t, char[] cs, int from, boolean digits, Starts starts) {
        int n = cs.length;
        for (int i = from; i < n; i++) {
            char c = cs[i];
            if ((digits && c >= '0' && c <= '9' || starts.at(cs, i)) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(char[] cs, int i, String w) {
        if (i + w.length() > cs.length) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (cs[i + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
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
