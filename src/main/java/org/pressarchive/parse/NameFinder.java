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
    private static final String PARTICLE = "(?:de|du|des|da|di|dos|van|von|der|den|al|el|bin|ben|ibn|ould|ag|bint|y)";
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
            "nations", "unies", "affaires", "état", "états", "assemblée", "forum", "initiative", "initiatives", "sommet",
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
        List<NameSpan> out = new ArrayList<>();
        String s = Folding.plain(sentence);
        Matcher m = RUN.matcher(s);
        while (m.find()) {
            int from = m.start();
            boolean honorific = m.group(1) != null;
            Gender gender = honorific ? genderOf(m.group(1)) : Gender.UNKNOWN;
            collect(out, s, m.start(2), m.end(2), honorific, from, gender);
        }
        return out;
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
        return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')
                && !STOP.contains(f) && gazetteer.byName(word).isEmpty() && gazetteer.city(word).isEmpty();
    }

    private void emit(List<NameSpan> out, String s, int start, int end, int capitals, boolean honorific, int from,
                      Gender gender) {
        if (start < 0 || capitals == 0 || (capitals < 2 && !honorific)) {
            return;
        }
        String name = s.substring(start, end);
        if (gazetteer.byName(name).isPresent() || gazetteer.city(name).isPresent()) {
            return;
        }
        out.add(new NameSpan(start, end, name, honorific ? from : start, honorific ? gender : Gender.UNKNOWN));
    }

    private boolean isStop(String word) {
        String f = Folding.fold(word);
        if (f.endsWith("'")) {
            return true;
        }
        return STOP.contains(f) || gazetteer.byName(word).isPresent() || gazetteer.byDemonym(f).isPresent()
                || gazetteer.city(word).isPresent() || (word.length() > 1 && word.chars().allMatch(Character::isUpperCase)
                && word.length() <= 5 && !word.contains("-") && isAcronymContext(word));
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
