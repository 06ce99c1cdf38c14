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
    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|\\(|--\\s*)\\s*(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH);
    /** A dateline inside a heading ({@code Conférence de presse de X, Beijing, le 7 mars 2025}): known cities only. */
    private static final Pattern INNER_DATELINE = Pattern.compile(
            ",\\s+(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH);
    /** {@code Le 22 mars 2024 - Ottawa (Ontario) -} and {@code Fait à Paris, le 7 octobre 2024}. */
    private static final Pattern DATE_THEN_CITY = Pattern.compile(
            "(?U)^\\s*(?:[Ll]e\\s+)?\\d{1,2}(?:er)?\\s+" + MONTH + "\\s+\\d{4}\\s*(?:-|–|—)\\s*(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2})"
                    + "|^\\s*Fait\\s+à\\s+(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,2}),\\s+le\\s+\\d");
    private static final Pattern AT_CITY = Pattern.compile(
            "(?U)(?<![\\p{L}])à\\s+(\\p{Lu}[\\p{L}'’-]{2,}(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|du|la)){0,2})");
    private static final Set<String> NOT_CITIES = Set.of(
            "son", "sa", "ses", "leur", "la", "le", "les", "m", "mme", "l'occasion", "cette", "ce", "cet", "nouveau",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "l'invitation");

    private final Gazetteer gazetteer;
    private final ReportingLexicon lexicon;

    LocationFinder(Gazetteer gazetteer, ReportingLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * @param paragraphs sentences of each paragraph
     * @param people     names of the participants, which are never places
     */
    Optional<String> find(List<List<String>> paragraphs, List<String> people) {
        int limit = Math.min(3, paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String sentence : paragraphs.get(p)) {
                Matcher dc = DATE_THEN_CITY.matcher(Folding.plain(sentence));
                if (dc.find()) {
                    Optional<String> city = city((dc.group(1) != null ? dc.group(1) : dc.group(2)).trim());
                    if (city.isPresent()) {
                        return city;
                    }
                }
                if (p >= limit && !ClauseReader.isStandaloneDateline(sentence)) {
                    continue;
                }
                Matcher d = DATELINE.matcher(Folding.plain(sentence));
                if (d.find()) {
                    Optional<String> city = city(d.group(1).trim());
                    if (city.isPresent()) {
                        return city;
                    }
                }
                Matcher inner = INNER_DATELINE.matcher(Folding.plain(sentence));
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
                if (lexicon.cues(Tokenizer.tokens(sentence)).stream().noneMatch(c -> c.type() == Cue.Type.EVENT)) {
                    continue;
                }
                Matcher m = AT_CITY.matcher(Folding.plain(sentence));
                while (m.find()) {
                    String raw = m.group(1).replaceAll("\\s+(?:de|du|la)$", "").trim();
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

    private Optional<String> city(String raw) {
        Optional<String> known = gazetteer.city(raw);
        if (known.isPresent()) {
            return known;
        }
        String f = Folding.fold(raw);
        if (gazetteer.byName(raw).isPresent() || NOT_CITIES.contains(f.split("\\s+")[0])
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
        return s.replaceAll("(?<=[ -])De(?=[ -])", "de").replaceAll("(?<=[ -])Du(?=[ -])", "du")
                .replaceAll("(?<=[ -])Sur(?=[ -])", "sur").replaceAll("(?<=[ -])En(?=[ -])", "en");
    }
}
