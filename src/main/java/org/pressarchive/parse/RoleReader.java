package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the office, country and gender a sentence gives a person at introduction, from an
 * apposition on either side of the name: {@code Wang Yi, membre du … et ministre des Affaires
 * étrangères,} or {@code le nouveau ministre des Affaires étrangères du Kazakhstan, Yermek
 * Kosherbayev}, {@code le président chinois Xi Jinping}, {@code son homologue français X}.
 */
final class RoleReader {

    /** What an apposition tells about a person; {@code counterpart} for {@code son homologue}. */
    record Reading(String role, String country, Gender gender, boolean counterpart) {
    }

    static final Set<String> OFFICES = Set.of(
            "ministre", "président", "présidente", "premier", "première", "vice-président", "vice-présidente",
            "vice-premier", "vice-première", "vice-ministre", "secrétaire", "sous-secrétaire", "porte-parole",
            "chancelier", "chancelière", "roi", "reine", "prince", "princesse", "émir", "sultan", "ambassadeur",
            "ambassadrice", "directeur", "directrice", "haut", "haute", "commissaire", "envoyé", "envoyée",
            "conseiller", "conseillère", "chef", "cheffe", "gouverneur", "maire", "député", "députée", "sénateur",
            "sénatrice", "délégué", "déléguée", "représentant", "représentante", "homologue", "membre", "général",
            "amiral", "pape", "coordinateur", "coordinatrice", "administrateur", "administratrice", "procureur",
            "dirigeant", "dirigeante", "président-directeur", "co-président", "coprésident", "coprésidente");

    private static final Set<String> FEMININE_OFFICES = Set.of(
            "présidente", "première", "vice-présidente", "vice-première", "chancelière", "reine", "princesse",
            "ambassadrice", "directrice", "haute", "envoyée", "conseillère", "cheffe", "députée", "sénatrice",
            "déléguée", "représentante", "coordinatrice", "administratrice", "dirigeante", "coprésidente");

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?U)(?:\\bavec\\b|\\bà\\b|\\bau\\b|\\baux\\b|,|\\bet\\b|\\breçu\\b|\\brencontré\\b|--|—|–|\\(|\\bpar\\b|:)");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*|\\s+et\\s+");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:le|la|les|l'|son|sa|leur|un|une)\\s*)?(?:(?:nouveau|nouvelle|nouvel|actuel|actuelle|ancien|ancienne)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** An apposition with an article ({@code , le Secrétaire général …, Tô Lâm}) introduces the next person. */
    private static final Pattern ARTICLE = Pattern.compile("(?iU)^(?:le|la|les|l')\\s*\\S");
    /** The continuation of a ministry's list of portfolios: {@code , de la Coopération africaine et des …}. */
    private static final Pattern PORTFOLIO = Pattern.compile("(?iU)^(?:de\\s+la|de\\s+l'|du|des|d')\\s*\\p{Lu}");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern GENITIVE_WORD = Pattern.compile("(?i)du|des|de|la");
    private static final Pattern TRAILING_STOP = Pattern.compile("[,.;]$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");
    private static final Pattern STATE_COMPLEMENT = Pattern.compile(
            "^(.+\\s(?:du|des|de la|de l')\\s.+?)\\s+(?:de la République|du Royaume)$");
    private static final Pattern GENITIVE = Pattern.compile("\\s+(?:de la|de l'|du|des|de|d')\\s*");
    private static final Pattern PRESIDENT = Pattern.compile("(?:vice-)?présidente?");
    private static final Pattern STATE_PREFIX = Pattern.compile(
            "^(?i)(?:République|Royaume)(?:\\s+\\p{L}+)*?\\s+(?:de la|de l'|du|des|de|d')\\s*");
    private static final Pattern ARTICLE_WORD = Pattern.compile("le|la|les|l'|l’");
    private static final Pattern MISSION = Pattern.compile("(?iU)\\bpour\\s+(?:la|le|les|l'|l’)");

    private final Gazetteer gazetteer;

    RoleReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Reading read(String sentence, NameSpan name) {
        String s = Folding.plain(sentence);
        String before = segmentBefore(s.substring(0, name.from()));
        String after = segmentAfter(s.substring(name.end()));
        String beforeOffice = officePart(before);
        boolean officeAfter = startsWithOffice(after);
        boolean officeBefore = startsWithOffice(beforeOffice);
        boolean nextPersons = officeAfter && ARTICLE.matcher(after).lookingAt() && officeBefore;
        String apposition = officeAfter && !nextPersons ? after : officeBefore ? beforeOffice : null;
        String role = apposition == null ? null : office(apposition);
        String country = countryOf(apposition)
                .or(() -> officeBefore ? countryOf(beforeOffice) : Optional.empty())
                .map(Country::name).orElse(null);
        Gender gender = name.gender().or(genderOf(apposition == null ? before : apposition));
        boolean counterpart = apposition != null && Folding.fold(apposition).contains("homologue")
                && (role == null || Folding.fold(role).startsWith("homologue"));
        return new Reading(counterpart ? null : role, country, gender, counterpart);
    }

    /**
     * True where a {@link #BOUNDARY} can start: at one of its signs, or at the first letter of
     * one of its words ({@code avec}, {@code à}, {@code au}, {@code aux}, {@code et}, {@code reçu},
     * {@code rencontré}, {@code par}) not after a letter or digit, which {@code \b} needs.
     */
    private static boolean mayStartBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == ',' || c == '-' || c == '—' || c == '–' || c == '(' || c == ':') {
            return true;
        }
        return (c == 'a' || c == 'à' || c == 'e' || c == 'r' || c == 'p')
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** The text of the noun phrase just before a name, from the last boundary word or comma. */
    private static String segmentBefore(String prefix) {
        String p = prefix.stripTrailing();
        if (p.endsWith(",")) {
            p = p.substring(0, p.length() - 1);
        }
        List<int[]> cuts = new ArrayList<>();
        // What m.find() finds, trying the pattern only where a boundary can start; \b sees the text before
        Matcher m = BOUNDARY.matcher(p).useTransparentBounds(true);
        for (int i = 0; i < p.length(); i++) {
            if (mayStartBoundary(p, i) && m.region(i, p.length()).lookingAt()) {
                cuts.add(new int[] {m.start(), m.end()});
                i = m.end() - 1;
            }
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            String segment = p.substring(cuts.get(i)[1]).trim();
            String word = p.substring(cuts.get(i)[0], cuts.get(i)[1]).trim();
            boolean weak = word.equals("et") || word.equals("à") || word.equals("au") || word.equals("aux");
            if (weak && segment.isEmpty()) {
                return "";
            }
            if (word.equals(",") && PORTFOLIO.matcher(segment).lookingAt() && i > 0) {
                continue;
            }
            if (!weak || startsWithOffice(officePart(segment))) {
                return withHeldOffices(p, cuts, i, word, segment);
            }
        }
        return p.trim();
    }

    /**
     * Offices listed before the main one stay whole, as given: {@code le ministre d'Etat, ministre
     * des Affaires étrangères, …}, {@code le Vice-Premier ministre et ministre des Affaires
     * étrangères}. Only when the segment after {@code et} or the comma opens with a bare office word
     * (no article: {@code et le Premier ministre X} introduces another person) and the piece before
     * it is itself an office phrase.
     */
    private static String withHeldOffices(String p, List<int[]> cuts, int i, String word, String segment) {
        if (!(word.equals(",") || word.equals("et")) || segment.isEmpty() || !isOffice(SPACES.split(segment)[0])) {
            return segment;
        }
        int from = i > 0 ? cuts.get(i - 1)[1] : 0;
        String prev = p.substring(from, cuts.get(i)[0]).trim();
        String office = officePart(prev);
        if (office.isEmpty() || !isOffice(SPACES.split(office)[0]) || SPACES.split(office).length > 6) {
            return segment;
        }
        String between = p.substring(cuts.get(i)[0], cuts.get(i)[1]).trim();
        return office + (between.equals(",") ? ", " : " et ") + segment;
    }

    /** The apposition after a name: {@code , membre … et ministre …,} up to the next comma. */
    private static String segmentAfter(String suffix) {
        String s = suffix.stripLeading();
        if (!s.startsWith(",")) {
            return "";
        }
        s = s.substring(1);
        int comma = s.indexOf(',');
        int paren = s.indexOf('(');
        int end = comma < 0 ? s.length() : comma;
        if (paren >= 0 && paren < end) {
            end = paren;
        }
        String out = s.substring(0, end).trim();
        return comma < 0 && out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    /** The part of a segment from its first office word, or the segment when it holds none. */
    private static String officePart(String segment) {
        List<String> words = List.of(SPACES.split(segment));
        int at = 0;
        for (String w : words) {
            if (isOffice(w)) {
                return segment.substring(at).trim();
            }
            at = segment.indexOf(w, at) + w.length();
        }
        return segment;
    }

    private static boolean startsWithOffice(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String rest = LEADING.matcher(text.trim()).replaceFirst("");
        String first = SPACES_OR_COMMAS.split(rest, 2)[0];
        return isOffice(first);
    }

    private static boolean isOffice(String word) {
        String f = Folding.fold(word);
        if (f.startsWith("l'")) {
            f = f.substring(2);
        }
        return OFFICES.contains(f);
    }

    /** The office that fits the event: the last conjunct naming an office other than {@code membre}. */
    String office(String apposition) {
        List<String> conjuncts = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        String[] parts = SEPARATOR.split(apposition);
        String[] joiners = separators(apposition);
        for (int i = 0; i < parts.length; i++) {
            String p = LEADING.matcher(parts[i].trim()).replaceFirst("");
            if (!p.isEmpty() && isOffice(SPACES.split(p)[0])) {
                conjuncts.add(p);
                joins.add(i == 0 ? "" : joiners[i - 1]);
            } else if (!conjuncts.isEmpty() && !p.isEmpty()) {
                int last = conjuncts.size() - 1;
                conjuncts.set(last, conjuncts.get(last) + joiners[i - 1] + parts[i].trim());
            }
        }
        if (conjuncts.isEmpty()) {
            return null;
        }
        // The offices held together, as given ("vice-Premier ministre et ministre des Affaires
        // étrangères"); a party membership ("membre du Bureau politique … et") is not the office.
        int first = 0;
        while (first < conjuncts.size() - 1 && Folding.fold(conjuncts.get(first)).startsWith("membre")) {
            first++;
        }
        StringBuilder chosen = new StringBuilder(conjuncts.get(first));
        for (int i = first + 1; i < conjuncts.size(); i++) {
            if (Folding.fold(conjuncts.get(i)).startsWith("membre")) {
                continue;
            }
            chosen.append(joins.get(i)).append(conjuncts.get(i));
        }
        return clean(chosen.toString());
    }

    /** The separators {@code office} splits at, in order ({@code ", "} or {@code " et "}). */
    private static String[] separators(String apposition) {
        Matcher m = SEPARATOR.matcher(apposition);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group().startsWith(",") ? ", " : " et ");
        }
        return out.toArray(new String[0]);
    }

    /** Drops demonyms and a trailing country ({@code du Kazakhstan}) from an office. */
    private String clean(String office) {
        List<String> kept = new ArrayList<>();
        String[] words = SPACES.split(office);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "conseiller diplomatique du président français": the demonym qualifies the office
            // holder a genitive names, not the person; it stays as given
            boolean ofAnother = i >= 2 && GENITIVE_WORD.matcher(words[i - 2]).matches() && isOffice(words[i - 1])
                    && Character.isLowerCase(words[i - 1].charAt(0));
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) || ofAnother
                    || gazetteer.byDemonym(TRAILING_STOP.matcher(w).replaceAll("")).isEmpty()) {
                kept.add(w);
            }
        }
        String s = String.join(" ", kept);
        if (kept.size() < SPACES.split(office).length) {
            // "Présidente du Conseil des ministres de la République italienne": the demonym's
            // "de la République" qualifies the country, not the office ("Président de la République" stays).
            s = STATE_COMPLEMENT.matcher(s).replaceFirst("$1");
        }
        var genitive = GENITIVE.matcher(s);
        while (genitive.find()) {
            String rest = s.substring(genitive.end());
            if (isCountry(rest)) {
                // "Président de la République du Kenya": the presidency of the Republic is the office;
                // any other office drops the state's complement ("Premier ministre du Royaume du Cambodge").
                boolean president = PRESIDENT.matcher(Folding.fold(s.substring(0, genitive.start()))).matches()
                        && rest.startsWith("République") && !countryNamedRepublic(rest);
                s = president ? s.substring(0, genitive.end()) + "République" : s.substring(0, genitive.start());
                break;
            }
        }
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").trim();
    }

    /** A country whose very name is a republic ({@code République démocratique du Congo}, {@code République tchèque}). */
    private boolean countryNamedRepublic(String text) {
        return gazetteer.byName(TRAILING_PUNCTUATION.matcher(text).replaceAll("")).map(c -> c.name().startsWith("République")).orElse(false);
    }

    private boolean isCountry(String text) {
        String t = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        if (gazetteer.byName(t).isPresent()) {
            return true;
        }
        String r = STATE_PREFIX.matcher(t).replaceFirst("");
        return !r.equals(t) && gazetteer.byName(r).isPresent();
    }

    /** True for an office that exists in one country only, so a counterpart cannot hold it. */
    boolean isNationalOffice(String office) {
        return gazetteer.countryOfOffice(office).isPresent();
    }

    /** The country whose government publishes {@code text}, by the gazetteer's publisher markers. */
    Optional<String> publisherCountry(String text) {
        return gazetteer.publisherCountry(text);
    }

    private static final Pattern DATELINE = Pattern.compile("(?U)^\\s*(\\p{Lu}[\\p{L}' -]{1,30}?)\\s*(?:\\(|,|\\s[-–—]\\s)");

    /**
     * The country of the capital a dateline opens with ({@code Alger, le 11 novembre 2024 (APS)},
     * {@code Bruxelles, le 3 juillet 2025}), looked for in the first sentences of the first paragraphs.
     */
    Optional<String> datelineCountry(List<List<String>> paragraphs) {
        for (int p = 0; p < Math.min(3, paragraphs.size()); p++) {
            if (paragraphs.get(p).isEmpty()) {
                continue;
            }
            Matcher m = DATELINE.matcher(paragraphs.get(p).get(0));
            if (m.find()) {
                Optional<String> c = gazetteer.countryOfCapital(m.group(1).strip());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The country that opens sentences as their subject most often ({@code La France condamne
     * …}, {@code La France ne signera pas …}), outside {@code held}: in a text without a
     * publisher or dateline, the side whose voice the text carries. Empty on a tie.
     */
    Optional<String> subjectCountry(List<List<String>> paragraphs, java.util.Set<String> held, SentenceCache cache) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (List<String> p : paragraphs) {
            for (String sentence : p) {
                String head = sentence.length() > 200 ? sentence.substring(0, 200) : sentence;
                List<Token> tokens = cache.tokens(head);
                int i = 0;
                if (i < tokens.size() && ARTICLE_WORD.matcher(tokens.get(i).folded()).matches()) {
                    i++;
                }
                if (i == 0 || i >= tokens.size()) {
                    continue;
                }
                int at = i;
                gazetteer.countryAt(tokens, i)
                        .filter(m -> at + m.length() < tokens.size()
                                && Character.isLowerCase(head.charAt(tokens.get(at + m.length()).start())))
                        .map(m -> m.country().name())
                        .filter(c -> !held.contains(c) && !c.equals("Union européenne"))
                        .ifPresent(c -> counts.merge(c, 1, Integer::sum));
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return best != null && !tie ? Optional.of(best) : Optional.empty();
    }

    /**
     * The country a text names most often (name or demonym), at least {@code min} times, outside
     * {@code held}, from the text's tokens.
     */
    Optional<String> mostNamedCountry(List<Token> tokens, java.util.Set<String> held, int min) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Gazetteer.Match> match = gazetteer.countryAt(tokens, i);
            Country c = match.isPresent() ? match.get().country() : gazetteer.byDemonym(tokens.get(i).folded()).orElse(null);
            // one mention per name ("Union européenne" is not also a demonym "européenne");
            // a union of states is nobody's country
            if (c != null && !held.contains(c.name()) && !c.name().equals("Union européenne")) {
                counts.merge(c.name(), 1, Integer::sum);
            }
            if (match.isPresent()) {
                i += match.get().length() - 1;
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return best != null && !tie && top >= min ? Optional.of(best) : Optional.empty();
    }

    /** The country an apposition names, by demonym or genitive. */
    Optional<Country> countryOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<String> office = gazetteer.countryOfOffice(text);
        if (office.isPresent()) {
            return gazetteer.byName(office.get());
        }
        // "envoyée spéciale … pour la Libye": the country of the mission, not of the envoy
        Matcher mission = MISSION.matcher(text);
        String own = Folding.containsCaseless(text, "pour") && mission.find() ? text.substring(0, mission.start()) : text;
        List<Token> tokens = Tokenizer.tokens(own);
        return gazetteer.firstCountry(tokens, 0, tokens.size());
    }

    private static Gender genderOf(String np) {
        if (np == null || np.isBlank()) {
            return Gender.UNKNOWN;
        }
        String f = Folding.fold(np.trim());
        for (String w : SPACES_OR_COMMAS.split(f)) {
            if (FEMININE_OFFICES.contains(w)) {
                return Gender.FEMININE;
            }
        }
        if (f.startsWith("la ") || f.startsWith("sa ")) {
            return Gender.FEMININE;
        }
        if (f.startsWith("le ") || f.startsWith("son ") && !f.startsWith("son homologue")) {
            return Gender.MASCULINE;
        }
        return Gender.UNKNOWN;
    }
}
