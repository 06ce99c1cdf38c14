package org.pressarchive.parse;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a sentence that tell who speaks: where the subject starts (after a
 * dateline and leading adverbials), a trailing attribution ({@code « … », a indiqué M. Dupont.}),
 * a leading {@code Selon X,}, and editorial marks. Stateless.
 */
final class ClauseReader {

    /** A trailing attribution: either a pronoun ({@code a-t-il ajouté}) or the text naming the speaker. */
    record Attribution(String pronoun, String subject) {
    }

    private static final String MONTH = "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}'. -]{1,40},\\s+(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH
                    + "(?:\\s+\\d{4})?\\s*(?:\\([^)]{0,40}\\))?\\s*(?:--|—|–|-|:)\\s*"
                    + "|^\\s*\\p{Lu}[\\p{L}'. -]{1,40},\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\s*(?:--|—|–|-|:)\\s*"
                    + "|^\\s*\\p{Lu}{2,}(?:[ '-]\\p{Lu}{2,}){0,3}\\s*(?:\\([^)]{0,40}\\))?\\s+(?:--|—|–|-)\\s+");
    /** A document or an unnamed source: {@code un communiqué du ministère}, {@code la même source}. */
    private static final String SOURCE_NP = "(?:un|une|le|la|l'|les|des|ce|cette)\\s*(?:même\\s+)?(?:communiqué|source|sources|"
            + "note|ministère|présidence|agence|services|document|déclaration)\\b";
    private static final Pattern SOURCE = Pattern.compile("(?iU)^" + SOURCE_NP);
    static final Pattern TRAILING_SOURCE = Pattern.compile(
            "(?iU),\\s*(?:(?:a|ont)\\s+(?:\\p{L}+\\s+)?(?:indiqué|annoncé|précisé|rapporté|souligné|ajouté|affirmé|fait\\s+savoir)"
                    + "|selon|d'après)\\s+" + SOURCE_NP + "[^,«»]*$");
    private static final Pattern STANDALONE_DATELINE = Pattern.compile(
            "^\\s*(?:\\p{Lu}[\\p{L}'. -]{1,40},\\s+)?(?:[Ll]e\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH
                    + "\\s+\\d{4}\\s*\\.?\\s*$");
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(?:\\d{1,3}|[IVXL]{1,4}|[a-z])[.)]\\s+");
    private static final Pattern LEADING_CLAUSE = Pattern.compile("^([^,«»:;]{1,90}?),\\s+");
    private static final Pattern EDITORIAL = Pattern.compile(
            "^\\s*(?:\\(\\s*(?:\\.\\.\\.|…)\\s*\\)|\\[\\s*(?:\\.\\.\\.|…)\\s*\\]|\\.\\.\\.|…|\\(?\\s*fin\\s*\\)?\\.?|-+\\s*fin\\s*-+|\\*+)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> ADVERBIAL_STARTS = Set.of(
            "lors", "au", "aux", "à", "en", "dans", "par", "pour", "sur", "après", "avant", "pendant", "depuis", "dès",
            "concernant", "s'agissant", "quant", "récemment", "ensuite", "enfin", "auparavant", "également",
            "aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "interrogé", "interrogée", "évoquant", "abordant", "d'autre", "de", "d'abord", "outre", "parallèlement",
            "cependant", "toutefois", "néanmoins", "ainsi", "or", "puis", "premièrement", "deuxièmement",
            "troisièmement", "plus", "sous", "face", "grâce", "compte", "afin", "alors", "tout", "ce", "cette",
            "entre", "selon");
    private static final Pattern TIME_NP = Pattern.compile(
            "^(?:le|la|l')\\s*(?:même jour|veille|lendemain|matin|soir|après-midi|\\d|1er)", Pattern.CASE_INSENSITIVE);
    static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile(
            "(?U)^[,»”]\\s*(?:(\\p{L}+)-t-(il|elle|ils|elles)|(\\p{L}+)-(il|elle|ils|elles))\\b");
    static final Pattern NAMED_ATTRIBUTION = Pattern.compile(
            "^[,»”]\\s*(?:(?:a|ont|avait|avaient|aurait)\\s+)?(?:(?:encore|également|aussi|ensuite|alors|enfin|notamment|"
                    + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|ce jour|mardi soir)\\s+)*"
                    + "(\\p{L}+(?:\\s+(?:savoir|valoir))?)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
                    + "aujourd'hui|encore|également|ce jour)\\s+)*(.+)$");
    /** {@code à Paris} between an attribution verb and its subject: {@code a déclaré vendredi à Paris le ministre …}. */
    private static final Pattern LOCATIVE = Pattern.compile(
            "^(?:à|au|en)\\s+\\p{Lu}[\\p{L}'-]*(?:[\\s-]\\p{Lu}[\\p{L}'-]*){0,3}\\s+(?=(?:le|la|l'|les|son|sa|M\\.|Mme|\\p{Lu}))");
    private static final Pattern SELON = Pattern.compile("(?U)^(?:selon|d'après)\\s+(.+)$");
    private static final Pattern LEADING_SELON = Pattern.compile("^\\s*(?:(?:Selon|D'après|Pour)\\s+|(?:De l'avis|Aux yeux) d(?:e\\s+|'))([^,]{2,80}),\\s");

    private static final Pattern DATED_NP = Pattern.compile("(?i)(?:le|la)\\s+(?:\\p{L}+\\s+)?\\d.*");
    private static final Pattern SELON_WORD = Pattern.compile("(?i)^(selon|d'après)\\s+");

    private final ReportingLexicon lexicon;

    ClauseReader(ReportingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean isEditorialMark(String sentence) {
        return sentence.length() < 20 && EDITORIAL.matcher(sentence).matches();
    }

    static boolean isStandaloneDateline(String sentence) {
        return sentence.length() < 80 && STANDALONE_DATELINE.matcher(Folding.plain(sentence)).matches();
    }

    /** Offset where the grammatical subject starts, past a dateline and leading adverbial clauses. */
    int subjectStart(String sentence) {
        return subjectStartOfPlain(Folding.plain(sentence));
    }

    /** {@link #subjectStart} of a sentence whose {@link Folding#plain} is {@code s}. */
    int subjectStartOfPlain(String s) {
        int at = 0;
        if (mayStartEnumerator(s)) {
            Matcher e = ENUMERATOR.matcher(s);
            if (e.lookingAt()) {
                at = e.end();
            }
        }
        if (mayStartDateline(s, at)) {
            Matcher d = DATELINE.matcher(s).region(at, s.length());
            if (d.lookingAt()) {
                at = d.end();
            }
        }
        for (int round = 0; round < 3; round++) {
            // the clause ends at the first comma, 1 to 90 chars (so at most 180 chars) on
            int comma = s.indexOf(',', at);
            if (comma < at + 1 || comma > at + 180) {
                break;
            }
            int clauseEnd = leadingClauseEnd(s, at);
            if (clauseEnd < 0) {
                break;
            }
            String head = s.substring(at, comma); // the group: up to the first comma
            String first = Folding.fold(firstWord(head.trim()));
            boolean adverbial = ADVERBIAL_STARTS.contains(first) || TIME_NP.matcher(head.trim()).lookingAt()
                    || DATED_NP.matcher(head.trim()).matches() || first.equals("a")
                    || round > 0 && (first.equals("qui") || first.equals("lequel") || first.equals("laquelle"));
            if (!adverbial) {
                break;
            }
            String rest = s.substring(at);
            if (startsWithSelon(rest) && !isSourceSelon(rest)) {
                break;
            }
            at = clauseEnd;
        }
        return at;
    }

    /**
     * Where a {@link #LEADING_CLAUSE} match from {@code at} ends, or -1 when there is none, as
     * its matcher in a region from {@code at} reads it: 1 to 90 code points none of which is
     * {@code ,«»:;}, then a comma (the first of those chars) and white space ({@code \\s}, no
     * Unicode flag), all of it taken. Its group is the text from {@code at} to that comma.
     */
    static int leadingClauseEnd(String s, int at) {
        int n = s.length();
        int i = at;
        int count = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp == ',' || cp == '«' || cp == '»' || cp == ':' || cp == ';') {
                if (cp != ',' || count == 0 || i + 1 >= n || !isSpace(s.charAt(i + 1))) {
                    return -1;
                }
                int end = i + 1;
                while (end < n && isSpace(s.charAt(end))) {
                    end++;
                }
                return end;
            }
            if (++count > 90) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * True when a {@link #DATELINE} may start at {@code at}: after white space, two capitals, or
     * a capital with a comma at most 40 letters (so 80 chars) after it. Surrogate pairs are left to
     * the pattern.
     */
    private static boolean mayStartDateline(String s, int at) {
        int j = at;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || !mayBeCapital(s.charAt(j))) {
            return false;
        }
        if (j + 1 < s.length() && mayBeCapital(s.charAt(j + 1))) {
            return true;
        }
        int comma = s.indexOf(',', j + 1);
        return comma >= 0 && comma <= j + 82;
    }

    /** True when an {@link #ENUMERATOR} may open {@code s}: a {@code .} or {@code )} one to four chars after its first. */
    private static boolean mayStartEnumerator(String s) {
        int j = 0;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        for (int k = j + 1; k <= j + 4 && k < s.length(); k++) {
            if (s.charAt(k) == '.' || s.charAt(k) == ')') {
                return true;
            }
        }
        return false;
    }

    /** True when a {@link #LEADING_SELON} may open {@code s}: its first letter is that of one of its words. */
    private static boolean mayStartSelonClause(String s) {
        int j = 0;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        char c = j < s.length() ? s.charAt(j) : ' ';
        return c == 'S' || c == 'D' || c == 'P' || c == 'A';
    }

    /** What {@code \s} matches without the Unicode flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean mayBeCapital(char c) {
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** A trimmed text up to its first white space (what {@code \s} matches): its first word, as splitting it at spaces gives. */
    private static String firstWord(String trimmed) {
        for (int i = 0; i < trimmed.length(); i++) {
            if (isSpace(trimmed.charAt(i))) {
                return trimmed.substring(0, i);
            }
        }
        return trimmed;
    }

    /** {@code Selon un communiqué du ministère,}: a source, not a speaker. */
    static boolean isSourceSelon(String s) {
        if (!mayStartSelonClause(s)) {
            return false;
        }
        Matcher m = LEADING_SELON.matcher(s);
        return m.lookingAt() && SOURCE.matcher(m.group(1).trim()).lookingAt();
    }

    /**
     * Where a trailing attribution to a document or unnamed source starts
     * ({@code …, a indiqué un communiqué du ministère.}), or the sentence length when there is none.
     */
    int sourceAttributionStart(String sentence) {
        // The pattern holds one comma, its first char, and no comma follows it: only the last
        // comma of the sentence can start a match.
        int comma = sentence.lastIndexOf(',');
        if (comma < 0 || !mayOpenTrailingSource(sentence, comma)) {
            return sentence.length();
        }
        Matcher m = TRAILING_SOURCE.matcher(sentence);
        return m.find(comma) ? m.start() : sentence.length();
    }

    /**
     * False when {@link #TRAILING_SOURCE} cannot match at {@code comma}: past the comma and white
     * space its first letter is that of {@code a}, {@code ont}, {@code selon} or {@code d'après},
     * compared as the case-insensitive pattern compares ({@code ſ} is {@code s}). Any chars but
     * letters are skipped here (more than white space): may say yes where the pattern says no,
     * never the other way round.
     */
    static boolean mayOpenTrailingSource(String sentence, int comma) {
        for (int i = comma + 1; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetter(c) || Character.isSurrogate(c)) {
                char l = Character.toLowerCase(Character.toUpperCase(c));
                return l == 'a' || l == 'o' || l == 's' || l == 'd' || Character.isSurrogate(c);
            }
        }
        return false;
    }

    private static boolean startsWithSelon(String s) {
        return mayStartSelonClause(s) && LEADING_SELON.matcher(s).lookingAt() && !s.startsWith("Pour");
    }

    /** The noun phrase of a leading {@code Selon X,} / {@code D'après X,}, if any. */
    Optional<String> leadingSource(String sentence) {
        return leadingSourceOfPlain(Folding.plain(sentence));
    }

    /** {@link #leadingSource} of a sentence whose {@link Folding#plain} is {@code s}. */
    Optional<String> leadingSourceOfPlain(String s) {
        if (!mayStartSelonClause(s)) {
            return Optional.empty();
        }
        Matcher m = LEADING_SELON.matcher(s);
        if (m.lookingAt() && !m.group().startsWith("Pour") && !SOURCE.matcher(m.group(1).trim()).lookingAt()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** True when the text from {@code at}, trimmed and folded, may start with {@code selon} or {@code d'après}. */
    private static boolean mayStartSelon(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        char c = i < s.length() ? Folding.foldChar(s.charAt(i)) : ' ';
        return c == 's' || c == 'd';
    }

    /**
     * The attribution closing a sentence, searched from the last comma or closing quote in the
     * sentence's final 260 characters.
     */
    Optional<Attribution> trailing(String sentence) {
        return trailingOfPlain(Folding.plain(sentence));
    }

    /**
     * False when {@link #PRONOUN_ATTRIBUTION} cannot match from {@code i}: it needs a run of
     * letters then a hyphen after the opening char and white space. Any chars but letters are
     * skipped here (more than white space), so this may say yes where the pattern says no, never
     * the other way round.
     */
    static boolean mayBePronounAttribution(String s, int i) {
        int n = s.length();
        int j = i + 1;
        while (j < n && !Character.isLetter(s.codePointAt(j))) {
            j += Character.charCount(s.codePointAt(j));
        }
        int k = endOfLetters(s, j);
        return k > j && k < n && s.charAt(k) == '-';
    }

    /**
     * The words {@link #NAMED_ATTRIBUTION} lets stand between the opening char and its verb: an
     * auxiliary and adverbs ({@code ce jour} and {@code mardi soir} as their two words).
     */
    private static final Set<String> BEFORE_ATTRIBUTION_VERB = Set.of("a", "ont", "avait", "avaient", "aurait", "encore",
            "également", "aussi", "ensuite", "alors", "enfin", "notamment", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "ce", "jour", "soir");

    /**
     * False when a {@link #NAMED_ATTRIBUTION} match from {@code i} cannot have an attribution verb
     * as its verb: that verb is a run of letters followed by white space ({@code \s}, no Unicode
     * flag) whose fold starts an attribution verb, and only words of
     * {@link #BEFORE_ATTRIBUTION_VERB} stand before it. Reads the words after {@code i} up to the
     * first that is neither; may say yes where the pattern finds no verb, never the other way round.
     */
    boolean mayBeNamedAttribution(String s, int i) {
        int n = s.length();
        int j = skipSpaces(s, i + 1);
        while (j < n) {
            int k = endOfLetters(s, j);
            if (k == j) {
                return false; // every word the pattern reads here starts with a letter
            }
            if (k < n && isSpace(s.charAt(k)) && lexicon.isAttributionVerbStart(Folding.fold(s, j, k))) {
                return true;
            }
            int e = j;
            while (e < n && !isSpace(s.charAt(e))) {
                e++;
            }
            if (e == n || !BEFORE_ATTRIBUTION_VERB.contains(s.substring(j, e))) {
                return false;
            }
            j = skipSpaces(s, e);
        }
        return false;
    }

    /** The end of the run of letters (code points, as {@code \p{L}} reads them) from {@code j}. */
    private static int endOfLetters(String s, int j) {
        int k = j;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            if (!Character.isLetter(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    /** The first index from {@code j} that is not white space ({@code \s}, no Unicode flag). */
    private static int skipSpaces(String s, int j) {
        int k = j;
        while (k < s.length() && isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** {@link #trailing} of a sentence whose {@link Folding#plain} is {@code s}. */
    Optional<Attribution> trailingOfPlain(String s) {
        int from = Math.max(0, s.length() - 260);
        // the patterns are anchored at the start of the tail from i, read as a region of s: lookingAt() is find()
        Matcher p = null;
        Matcher n = null;
        for (int i = s.length() - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c != ',' && c != '»' && c != '”') {
                continue;
            }
            if (p == null) {
                p = PRONOUN_ATTRIBUTION.matcher(s);
                n = NAMED_ATTRIBUTION.matcher(s);
            }
            if (mayBePronounAttribution(s, i) && p.region(i, s.length()).lookingAt()) {
                String verb = p.group(1) != null ? p.group(1) : p.group(3);
                String pronoun = p.group(2) != null ? p.group(2) : p.group(4);
                if (p.group(1) != null || lexicon.isAttributionVerb(Folding.fold(verb))) {
                    return Optional.of(new Attribution(pronoun.toLowerCase(java.util.Locale.ROOT), null));
                }
            }
            if (mayBeNamedAttribution(s, i) && n.region(i, s.length()).lookingAt()
                    && lexicon.isAttributionVerb(Folding.fold(n.group(1)))) {
                String subject = LOCATIVE.matcher(n.group(2)).replaceFirst("");
                String f = Folding.fold(subject);
                if (!f.startsWith("que") && !f.startsWith("qu'") && !f.startsWith("à ") && !f.startsWith("sur ")
                        && !f.startsWith("de ") && !f.startsWith("«") && !f.startsWith(":")) {
                    return Optional.of(new Attribution(null, subject));
                }
            }
            if (c == ',' && mayStartSelon(s, i + 1)) {
                String rest = s.substring(i + 1).trim();
                if (SELON.matcher(Folding.fold(rest)).lookingAt()) {
                    return Optional.of(new Attribution(null, SELON_WORD.matcher(rest).replaceFirst("")));
                }
            }
        }
        return Optional.empty();
    }
}
