package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in a sentence: two or more capitalised words ({@code Wang Yi},
 * {@code Kassym-Jomart Tokayev}, {@code Jean DUPONT}, {@code Ursula von der Leyen}), or one after
 * an honorific ({@code M. Dupont}). Words that name institutions, places, months or roles are
 * never part of a name.
 */
final class NameFinder {

    private static final String HONORIFIC = "(?:MM\\.|M\\.|Mmes|Mme\\.?|Mlles?\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|Pr\\.?"
            + "|S\\.E\\.(?:\\s*M\\.|\\s*Mme)?|Son Excellence(?:\\s+M\\.|\\s+Mme|\\s+Monsieur|\\s+Madame)?|Sa Majesté|Son Altesse|Cheikh|Sheikh"
            + "|Samdech(?:\\s+Moha\\s+Borvor\\s+Thipadei|\\s+Akka\\s+Moha\\s+Sena\\s+Padei\\s+Techo|\\s+Techo|\\s+Thipadei)?)";
    private static final String WORD = "(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?|(?:al-|el-|ben-|bin-)?\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*)";
    private static final String PARTICLE = "(?:de\\s+la|de|du|des|da|di|do|dos|das|del|della|van|von|der|den|al|el|bin|ben|ibn|ould|ag|bint|y)";
    private static final Pattern RUN = Pattern.compile(
            "(" + HONORIFIC + "\\s+)?(" + WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + ")*)");

    /** Honorifics that a capitalised run can swallow as initials ({@code Discours de M. Jean Dupont}). */
    private static final Set<String> INNER_HONORIFIC = Set.of("M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlle.", "Mlles",
            "Dr.", "Pr.");

    private static final Pattern NON_SPACE = Pattern.compile("\\S+");

    private static final Set<String> STOP = Set.copyOf(List.of(
            "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "son", "sa", "ses", "leur", "leurs", "ce", "cette",
            "il", "elle", "ils", "elles", "on", "nous", "je", "vous", "monsieur", "madame", "président", "présidente",
            "premier", "première", "ministre", "ministres", "vice-président", "vice-présidente", "vice-premier", "secrétaire",
            "général", "générale", "conseil", "comité", "bureau", "parti", "république", "royaume", "union", "organisation",
            "nations", "unies", "affaires", 
            "intérieur", "économie", "éducation", "culture", "justice", "défense", "santé", "agriculture", "travail", "environnement", "finances", "commerce", "industrie", "énergie", "transports", "armées", "outre-mer", "sports", "écologie", "numérique", "logement", "budget", "étrangères", "intérieure",
            "état", "états", "assemblée", "forum", "initiative", "initiatives", "sommet",
            "fonds", "banque", "agence", "conférence", "déclaration", "communiqué", "discours", "entretien", "intervention",
            "allocution", "tribune", "interview", "message", "lettre", "audience", "rencontre", "visite", "q", "r", "fin",
            "excellence", "majesté", "altesse", "sud", "nord", "est", "ouest", "centrale", "asie", "europe", "afrique",
            "amérique", "amériques", "océanie", "moyen-orient", "proche-orient", "golfe", "mer", "océan", "palais", "maison",
            "blanche", "élysée", "quai", "orsay", "xinhua", "afp", "reuters", "cctv", "lors", "selon", "récemment", "après",
            "avant", "pendant", "dans", "en", "au", "aux", "à", "par", "pour", "avec", "sur", "sous", "et", "ou", "mais",
            "porte-parole", "ambassadeur", "ambassadrice", "ambassade", "ministère", "gouvernement", "direction",
            "commission", "parlement", "sénat", "haut", "haute", "représentant", "représentante", "cour", "tribunal",
            "conseiller", "conseillère", "chef", "roi", "reine", "prince", "princesse", "émir", "sultan", "chancelier",
            "chancelière", "plan", "programme", "accord", "accords", "traité", "charte", "pacte", "protocole",
            "partenariat", "stratégie", "agenda", "objectifs", "développement", "coopération", "groupe", "otan", "onu",
            "ue", "pcc", "ocs", "asean", "brics", "jeux", "olympiques", "coupe", "monde", "nouvelle", "nouveau", "route",
            "ceinture", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "question", "réponse", "journaliste", "presse", "france", "télévisions", "radio", "news", "global", "times",
            "daily", "post", "bloomberg", "associated", "press", "kyodo", "yonhap", "tass", "ria", "nhk", "bbc", "cnn",
            "phoenix", "tv", "cgtn", "china", "hubei", "shenzhen", "dragon", "beijing", "youth", "journal", "monde",
            "figaro", "libération", "ouest-france", "parisien", "echos", "observateur", "express", "point", "croix",
            "humanité", "jdd", "lci", "bfmtv", "tf1", "rfi", "france24", "arte", "semaine", "année", "journée", "jour",
            "site", "palais", "hôtel", "salle", "grand", "grande", "place", "rue", "avenue", "saint", "sainte", "notre",
            "dame", "palestiniens", "conformément", "concernant", "comme", "ainsi", "enfin", "ensuite", "également",
            "aujourd'hui", "hier", "demain", "plus", "tous", "toutes", "chaque", "dès", "depuis", "entre", "contre", "vers",
            "cheikh", "sheikh", "dr", "pr", "s.e.", "mme", "m", "mm", "mlle", "fondation", "institut", "université",
            "académie", "centre", "office", "bureau", "secrétariat", "mission", "délégation", "sa", "excellences",
            "excellence", "chers", "mesdames", "messieurs", "ladies", "vive", "vivent", "samdech", "thipadei", "l'honorable", "honorable"));

    /**
     * Capitalised words that are determiners at the start of a sentence but parts of a name
     * inside one: {@code Bui Thanh Son}, {@code Jean-Yves Le Drian}.
     */
    private static final Set<String> INNER_NAME_WORDS = Set.of("son", "le", "la", "sa");

    private final Gazetteer gazetteer;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NameSpan> find(String sentence) {
        return find(sentence, false);
    }

    /** The first of {@link #find}{@code (sentence)} (the one that starts first), or null when there is none. */
    NameSpan first(String sentence) {
        List<NameSpan> out = find(sentence, true);
        return out.isEmpty() ? null : out.get(0);
    }

    /**
     * The names of {@code sentence}; when {@code firstOnly}, a list whose first is that of all
     * the names, found with less work: the runs are read up to the first that gives a name, and
     * one-word names only before that name. The runs after it cannot come first, and a one-word
     * name before it that overlaps a later run's name overlaps that first name too.
     */
    private List<NameSpan> find(String sentence, boolean firstOnly) {
        List<NameSpan> out = new ArrayList<>();
        String s = Folding.plain(sentence);
        Matcher m = RUN.matcher(s);
        int n = s.length();
        int i = 0;
        // What m.find() would find, trying the pattern only where a run can start
        while (i < n && !(firstOnly && !out.isEmpty())) {
            if (!mayStartRun(s, i) || !m.region(i, n).lookingAt()) {
                i++;
                continue;
            }
            int from = m.start();
            boolean honorific = m.group(1) != null;
            Gender gender = honorific ? genderOf(m.group(1)) : Gender.UNKNOWN;
            collect(out, s, m.start(2), m.end(2), honorific, from, gender);
            i = m.end();
        }
        officeMononyms(s, out, firstOnly);
        return out;
    }

    /**
     * True where a {@link #RUN} can start: an upper-case letter (honorifics too start with one),
     * {@code al-}, {@code el-}, {@code ben-}, {@code bin-}, or half of a surrogate pair, left to
     * the pattern.
     */
    private static boolean mayStartRun(String s, int i) {
        char c = s.charAt(i);
        return Character.isUpperCase(c) || Character.isSurrogate(c)
                || (c == 'a' || c == 'e') && s.startsWith("l-", i + 1) || c == 'b' && (s.startsWith("en-", i + 1)
                || s.startsWith("in-", i + 1));
    }

    /** A single capitalised word, alone in its run ({@code Sugiono}, {@code Lula}, {@code Joly}). */
    private static final Pattern MONONYM = Pattern.compile("(?U)(?<![\\p{L}'’.-])(\\p{Lu}\\p{Ll}[\\p{L}’-]*)(?![\\p{L}'’-])");
    /** Words after which a capitalised word begins a complement, not a name ({@code ministre de la Culture}). */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au",
            "aux", "et", "en", "par", "pour", "sur", "avec", "chez", "dont", "que", "qui", "un", "une", "ou", "sans", "vers",
            "entre", "contre", "selon", "son", "sa", "ses");

    /**
     * One-word names introduced with an office: {@code le ministre indonésien des Affaires
     * étrangères, Sugiono,}, {@code la ministre Joly}, {@code le président Lula}. The word must
     * stand alone (no capitalised word next to it), follow the office phrase directly (not a
     * preposition or article) and be followed by a comma, a full stop, the end or a lower-case word.
     */
    /** A verb between an office and a capitalised word: the word is an object, not the office holder's name. */
    private static final Pattern VERBAL = Pattern.compile(
            "(?U)a|ont|est|sont|s'est|se|avait|avaient|sera|seront|va|vont|\\p{Ll}+(?:é|és|ée|ées|ait|aient|era|ra|ent)");

    /** What may follow a one-word name: punctuation, or a lower-case word. */
    private static final Pattern AFTER_MONONYM = Pattern.compile("\\s*[,.;)]|\\s+\\p{Ll}");
    private static final Pattern ENTRE = Pattern.compile("(?iU)\\bentre\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[,]$");

    private void officeMononyms(String s, List<NameSpan> out, boolean firstOnly) {
        // What m.find() would find, trying the pattern only at capitals; the look-behind sees the text before
        Matcher m = MONONYM.matcher(s).useTransparentBounds(true);
        int length = s.length();
        // first only: a one-word name (it starts where the match starts) from the first name's start on cannot come first
        int limit = firstOnly && !out.isEmpty() ? out.get(0).from() : length;
        for (int at = 0; at < limit; at++) {
            char c = s.charAt(at);
            if (!Character.isUpperCase(c) && !Character.isSurrogate(c) || !m.region(at, length).lookingAt()) {
                continue;
            }
            at = m.end() - 1;
            int start = m.start(1);
            int end = m.end(1);
            if (start == 0 || overlaps(out, start, end)) {
                continue;
            }
            String word = m.group(1);
            if (isStop(word) || RoleReader.OFFICES.contains(Folding.fold(word))) {
                continue;
            }
            if (end < length && !AFTER_MONONYM.matcher(s).region(end, length).lookingAt()) {
                continue;
            }
            String before = s.substring(Math.max(0, start - 120), start);
            int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')),
                    Math.max(before.lastIndexOf('«'), before.lastIndexOf(':')));
            before = before.substring(cut + 1);
            String trimmed = before.stripTrailing();
            boolean comma = trimmed.endsWith(",");
            if (comma) {
                trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
            }
            if (trimmed.isEmpty() || !comma && before.length() == trimmed.length()) {
                continue;
            }
            String[] words = SPACES.split(trimmed);
            String last = Folding.fold(words[words.length - 1]);
            if (FUNCTION_WORDS.contains(last) || last.endsWith("'") || Character.isUpperCase(words[words.length - 1].charAt(0))
                    && !isStop(words[words.length - 1]) && !gazetteer.byName(words[words.length - 1]).isPresent()) {
                continue;
            }
            if (ENTRE.matcher(before.substring(Math.max(0, before.length() - 60))).find()) {
                continue; // "la rencontre entre le Président X et le Président Y": others' meeting
            }
            boolean office = false;
            int seen = 0;
            for (int i = words.length - 1; i >= 0 && seen < 10; i--, seen++) {
                String w = Folding.fold(TRAILING_COMMA.matcher(words[i]).replaceAll(""));
                if (RoleReader.OFFICES.contains(w) && !w.equals("membre") && !w.equals("général") || w.equals("homologue")) {
                    office = true;
                    break;
                }
                if (words[i].endsWith(",") && i < words.length - 1 || VERBAL.matcher(w).matches()) {
                    break;
                }
            }
            if (office) {
                out.add(new NameSpan(start, end, word, start, Gender.UNKNOWN));
                if (firstOnly) {
                    break; // before any name found so far: the first
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(NameSpan::from));
    }

    private static boolean overlaps(List<NameSpan> names, int start, int end) {
        for (NameSpan n : names) {
            if (n.from() <= end && start <= n.end()) {
                return true;
            }
        }
        return false;
    }

    /** Splits a capitalised run at words that cannot belong to a name and keeps the parts that can. */
    private void collect(List<NameSpan> out, String s, int start, int end, boolean honorific, int from, Gender gender) {
        List<int[]> words = new ArrayList<>();
        Matcher w = NON_SPACE.matcher(s).region(start, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int partStart = -1;
        int partEnd = -1;
        int capitals = 0;
        boolean partHonorific = honorific;
        int partFrom = from;
        Gender partGender = gender;
        for (int[] word : words) {
            String text = s.substring(word[0], word[1]);
            boolean particle = Character.isLowerCase(text.charAt(0)) && !text.contains("-");
            if (!particle && INNER_HONORIFIC.contains(text)) {
                emit(out, s, partStart, partEnd, capitals, partHonorific, partFrom, partGender);
                partStart = -1;
                capitals = 0;
                partHonorific = true;
                partFrom = word[0];
                partGender = genderOf(text);
                continue;
            }
            boolean surnameInCapitals = (capitals > 0 || partHonorific) && isCapitalsWord(text);
            boolean innerName = (capitals > 0 || partHonorific) && INNER_NAME_WORDS.contains(Folding.fold(text));
            if (!particle && !surnameInCapitals && !innerName && isStop(text)) {
                emit(out, s, partStart, partEnd, capitals, partHonorific, partFrom, partGender);
                partStart = -1;
                capitals = 0;
                partHonorific = false;
                continue;
            }
            if (partStart < 0) {
                if (particle) {
                    continue;
                }
                partStart = word[0];
                if (!partHonorific) {
                    partFrom = word[0];
                }
            }
            if (!particle) {
                partEnd = word[1];
                capitals++;
            }
        }
        emit(out, s, partStart, partEnd, capitals, partHonorific, partFrom, partGender);
    }

    /**
     * A surname written in capitals ({@code Abdoulaye DIOP}): an all-capital word after a given
     * name, which an acronym never follows.
     */
    private boolean isCapitalsWord(String word) {
        String f = Folding.fold(word);
        return word.length() > 1 && allCapitals(word, true) && !STOP.contains(f) && !gazetteer.namesPlace(word, f);
    }

    private void emit(List<NameSpan> out, String s, int start, int end, int capitals, boolean honorific, int from,
                      Gender gender) {
        if (start < 0 || capitals == 0 || (capitals < 2 && !honorific)) {
            return;
        }
        String name = s.substring(start, end);
        if (gazetteer.namesPlace(name)) {
            return;
        }
        out.add(new NameSpan(start, end, name, honorific ? from : start, honorific ? gender : Gender.UNKNOWN));
    }

    private boolean isStop(String word) {
        String f = Folding.fold(word);
        if (f.endsWith("'")) {
            return true;
        }
        return STOP.contains(f) || gazetteer.namesPlace(word, f) || gazetteer.byDemonym(f).isPresent()
                || (word.length() > 1 && allCapitals(word, false) && word.length() <= 5 && !word.contains("-")
                && isAcronymContext(word));
    }

    /** True when every char of {@code word} is upper case (or a hyphen, if {@code hyphens}). */
    private static boolean allCapitals(String word, boolean hyphens) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) && !(hyphens && c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Short all-capital words (AFP, CCTV, OCS) are acronyms, not surnames written in capitals. */
    private static boolean isAcronymContext(String word) {
        return word.length() <= 4;
    }

    private static Gender genderOf(String honorific) {
        String h = honorific.trim();
        if (h.startsWith("Mme") || h.startsWith("Madame") || h.startsWith("Mlle") || h.startsWith("Mademoiselle")
                || h.endsWith("Mme") || h.endsWith("Madame")) {
            return Gender.FEMININE;
        }
        if (h.startsWith("M.") || h.startsWith("MM.") || h.startsWith("Monsieur") || h.endsWith("M.")
                || h.endsWith("Monsieur")) {
            return Gender.MASCULINE;
        }
        return Gender.UNKNOWN;
    }
}
