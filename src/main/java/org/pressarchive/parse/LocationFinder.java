package org.pressarchive.parse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the city where the event took place: from a dateline ({@code BEIJING, 29 août (Xinhua)
 * --}, {@code Paris, le 3 mai 2022}) or from {@code à City} in a framing sentence. A country or
 * a building ({@code au Palais de l'Élysée}) is not a city.
 */
final class LocationFinder {

    private static final String MONTH = "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)";
    static final Pattern DATELINE = Pattern.compile(
            "(?:^|\\(|--\\s*)\\s*(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH);
    /** A dateline inside a heading ({@code Conférence de presse de X, Beijing, le 7 mars 2025}): known cities only. */
    static final Pattern INNER_DATELINE = Pattern.compile(
            ",\\s+(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH);
    /** {@code Le 22 mars 2024 - Ottawa (Ontario) -} and {@code Fait à Paris, le 7 octobre 2024}. */
    static final Pattern DATE_THEN_CITY = Pattern.compile(
            "(?U)^\\s*(?:[Ll]e\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH + "\\s+\\d{4}\\s*(?:-|–|—)\\s*(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2})"
                    + "|^\\s*Fait\\s+à\\s+(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2}),\\s+le\\s+\\d");
    /** {@code Le 3 mars 2025 à Tokyo, …}: a framing sentence opening with the date and the city. */
    private static final Pattern DATE_AT_CITY = Pattern.compile(
            "(?U)^\\s*(?:[Ll]e\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH
                    + "(?:\\s+\\d{4})?,?\\s+à\\s+(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2})\\s*,");
    /** {@code à la suite de la rencontre … à Washington}: a place of another, earlier or later event. */
    private static final Pattern OTHER_EVENT = Pattern.compile(
            "(?U)\\b(?:à\\s+la\\s+suite\\s+d|suite\\s+à\\s|après\\s|en\\s+amont\\s+d|en\\s+prévision\\s+d|en\\s+vue\\s+d)");
    private static final Pattern AT_CITY = Pattern.compile(
            "(?U)(?<![\\p{L}])à\\s+(\\p{Lu}[\\p{L}'’-]{2,}(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|du|la)){0,2})");
    private static final Set<String> NOT_CITIES = Set.of(
            "son", "sa", "ses", "leur", "la", "le", "les", "m", "mme", "l'occasion", "cette", "ce", "cet", "nouveau",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "l'invitation");

    private static final Pattern TRAILING_PARTICLE = Pattern.compile("\\s+(?:de|du|la)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Particles inside a title-cased name, put back in lower case: {@code Boulogne-sur-Mer}, {@code Aix-en-Provence}. */
    private static final Pattern[] PARTICLES = {Pattern.compile("(?<=[ -])De(?=[ -])"), Pattern.compile("(?<=[ -])Du(?=[ -])"),
        Pattern.compile("(?<=[ -])Sur(?=[ -])"), Pattern.compile("(?<=[ -])En(?=[ -])")};
    private static final String[] PARTICLE_WORDS = {"de", "du", "sur", "en"};

    private final Gazetteer gazetteer;

    LocationFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param paragraphs sentences of each paragraph
     * @param people     names of the participants, which are never places
     * @param cache      the words and cues of the sentences
     */
    Optional<String> find(List<List<String>> paragraphs, List<String> people, SentenceCache cache) {
        int limit = Math.min(3, paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String sentence : paragraphs.get(p)) {
                if (p >= limit && sentence.length() >= 80 && !mayOpenWithDate(sentence)) {
                    continue; // DATE_THEN_CITY cannot match and it is no standalone dateline: nothing below is read
                }
                if (!hasDigit(sentence)) {
                    continue; // each of the four patterns below needs a digit (plain text has the same digits)
                }
                String plain = Folding.plain(sentence);
                // DATE_THEN_CITY and DATE_AT_CITY are anchored at the start: find() is lookingAt()
                Matcher dc = DATE_THEN_CITY.matcher(plain);
                if (dc.lookingAt()) {
                    Optional<String> city = city((dc.group(1) != null ? dc.group(1) : dc.group(2)).trim());
                    if (city.isPresent()) {
                        return city;
                    }
                }
                if (p >= limit && !ClauseReader.isStandaloneDateline(sentence)) {
                    continue;
                }
                Matcher at = DATE_AT_CITY.matcher(plain);
                if (at.lookingAt()) {
                    Optional<String> city = city(at.group(1).trim());
                    if (city.isPresent()) {
                        return city;
                    }
                }
                if (!mayHoldDateline(plain)) {
                    continue; // DATELINE and INNER_DATELINE cannot match
                }
                Matcher d = DATELINE.matcher(plain);
                if (d.find()) {
                    Optional<String> city = city(d.group(1).trim());
                    if (city.isPresent()) {
                        return city;
                    }
                }
                Matcher inner = INNER_DATELINE.matcher(plain);
                if (inner.find()) {
                    Optional<String> city = gazetteer.city(inner.group(1).trim());
                    if (city.isPresent()) {
                        return city;
                    }
                }
            }
        }
        for (int p = 0; p < limit; p++) {
            for (String sentence : paragraphs.get(p)) {
                List<Token> tokens = cache.tokens(sentence);
                if (cache.cues(sentence).stream().noneMatch(c -> c.type() == Cue.Type.EVENT && !adjectival(tokens, c))) {
                    continue;
                }
                String plain = Folding.plain(sentence);
                int other = otherEvent(plain);
                Matcher m = AT_CITY.matcher(other >= 0 ? plain.substring(0, other) : plain);
                while (m.find()) {
                    String raw = TRAILING_PARTICLE.matcher(m.group(1)).replaceAll("").trim();
                    boolean person = people.stream().anyMatch(n -> n.contains(raw) || raw.contains(n));
                    Optional<String> city = person || raw.contains(" ") && gazetteer.city(raw).isEmpty()
                            ? Optional.empty() : city(raw);
                    if (city.isPresent()) {
                        return city;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code text} has a digit of any script (or a surrogate pair, which may be one), as {@code \\d} needs. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // no decimal digit lies between the ASCII ones and U+0660 (Arabic-Indic zero)
            if (c < '\u0660' ? c <= '9' && c >= '0' : Character.isDigit(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@link #DATE_THEN_CITY} cannot match {@code sentence} (or its plain text): after
     * white space it needs {@code L}, {@code l}, {@code F} or a digit. More than white space is
     * skipped here, and surrogates are left to the pattern, so this may say yes where the pattern
     * says no, never the other way round.
     */
    static boolean mayOpenWithDate(String sentence) {
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
                return c == 'L' || c == 'l' || c == 'F' || Character.isDigit(c) || Character.isSurrogate(c);
            }
            i++;
        }
        return false;
    }

    /**
     * False when neither {@link #DATELINE} nor {@link #INNER_DATELINE} can match {@code plain}:
     * both need a comma, white space ({@code \\s}, no Unicode flag) and then, past at most letters
     * and white space, an ASCII digit. Surrogates count as letters; this may say yes where the
     * patterns say no, never the other way round.
     */
    static boolean mayHoldDateline(String plain) {
        int n = plain.length();
        for (int comma = plain.indexOf(','); comma >= 0; comma = plain.indexOf(',', comma + 1)) {
            if (comma + 1 >= n || !isSpace(plain.charAt(comma + 1))) {
                continue;
            }
            int k = comma + 1;
            while (k < n && (isSpace(plain.charAt(k)) || Character.isLetter(plain.charAt(k)) || Character.isSurrogate(plain.charAt(k)))) {
                k++;
            }
            if (k < n && plain.charAt(k) >= '0' && plain.charAt(k) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\s} matches without the Unicode flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Start of the first {@link #OTHER_EVENT} in {@code plain}, or -1; the pattern runs only when
     * one of the words it needs is there.
     */
    private static int otherEvent(String plain) {
        if (!plain.contains("suite") && !plain.contains("après") && !plain.contains("amont")
                && !plain.contains("prévision") && !plain.contains("vue")) {
            return -1;
        }
        Matcher other = OTHER_EVENT.matcher(plain);
        return other.find() ? other.start() : -1;
    }

    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "est", "sont", "été", "était", "avait", "s'est");

    /**
     * {@code le Sommet …, coprésidé par la France et l'Inde à Paris}: an event participle used as
     * an adjective (followed by {@code par}, no auxiliary before it) describes another event.
     */
    private static boolean adjectival(List<Token> tokens, Cue c) {
        return c.end() < tokens.size() && tokens.get(c.end()).folded().equals("par")
                && (c.start() == 0 || !AUXILIARIES.contains(tokens.get(c.start() - 1).folded()));
    }

    private Optional<String> city(String raw) {
        Optional<String> known = gazetteer.city(raw);
        if (known.isPresent()) {
            return known;
        }
        String f = Folding.fold(raw);
        if (gazetteer.byName(raw).isPresent() || NOT_CITIES.contains(SPACES.split(f)[0])
                || gazetteer.byDemonym(f).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(titleCase(raw));
    }

    static String titleCase(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean start = true;
        for (char c : raw.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '’';
        }
        return lowerParticles(sb.toString());
    }

    private static String lowerParticles(String s) {
        String out = s;
        for (int i = 0; i < PARTICLES.length; i++) {
            out = PARTICLES[i].matcher(out).replaceAll(PARTICLE_WORDS[i]);
        }
        return out;
    }
}
