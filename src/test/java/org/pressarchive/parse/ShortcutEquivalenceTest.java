package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The hand-written shortcuts of the parser give what the code they stand for gives: the
 * leading clause read without its pattern, the first name found without finding them all.
 */
class ShortcutEquivalenceTest {

    /** The pattern {@link ClauseReader#leadingClauseEnd} reads by hand. */
    private static final Pattern LEADING_CLAUSE = Pattern.compile("^([^,«»:;]{1,90}?),\\s+");

    private static List<String> fixtureLines() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }

    private static int regexEnd(String s, int at) {
        Matcher m = LEADING_CLAUSE.matcher(s).region(at, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    @Test
    void leadingClauseEndIsThePatternsMatch() throws IOException {
        String pair = "\uD83D\uDE00"; // one code point, two chars
        List<String> texts = new ArrayList<>(List.of("", ",", ", x", "a, b", "a,b", "a ,\tb", "a,", "« a, b", "a; b, c",
                "a: b", "x".repeat(89) + ", y", "x".repeat(90) + ", y", "x".repeat(91) + ", y",
                pair.repeat(90) + ", y", pair.repeat(91) + ", y", "x" + pair.repeat(89) + ",  y", "\uD83D, a", "a\uDE00,\n b",
                "Lors de la visite, le ministre a dit, en substance, que"));
        texts.addAll(fixtureLines());
        for (String s : texts) {
            for (int at = 0; at <= s.length(); at++) {
                assertThat(ClauseReader.leadingClauseEnd(s, at)).as("%s at %d", s, at).isEqualTo(regexEnd(s, at));
            }
        }
    }

    @Test
    void firstNameIsTheFirstOfAllNames() throws IOException {
        NameFinder names = new NameFinder(Gazetteer.load());
        List<String> texts = new ArrayList<>(List.of("", "le ministre", "Le président Lula et M. Wang Yi",
                "la ministre indonésienne des Affaires étrangères, Sugiono, et M. Jean DUPONT",
                "Son homologue Joly, la ministre, a reçu Mme Dupont"));
        for (String line : fixtureLines()) {
            texts.add(line);
            for (int cut = line.indexOf(','); cut >= 0; cut = line.indexOf(',', cut + 1)) {
                texts.add(line.substring(0, cut + 1)); // as the resolver asks: up to a comma
            }
        }
        for (String s : texts) {
            List<NameSpan> all = names.find(s);
            assertThat(names.first(s)).as(s).isEqualTo(all.isEmpty() ? null : all.get(0));
        }
    }

    @Test
    void trailingAttributionPreChecksNeverMissAMatch() throws IOException {
        ReportingLexicon lexicon = ReportingLexicon.load();
        ClauseReader clauses = new ClauseReader(lexicon);
        List<String> texts = new ArrayList<>(List.of("", ",", "»", ", a-t-il", ",a-t-il ajouté.", "« Oui », a-t-elle dit.",
                "» ajoute-t-il", ", \u00A0poursuit-elle.", ", a fait savoir le ministre.", ", a  fait   valoir M. X",
                ", a encore aujourd'hui ce jour déclaré M. X.", ", ont mardi soir indiqué les deux parties",
                ", a déclaré", ", a déclaré.", ",déclaré M. X", "”\tsouligne  Mme Y", ", Déclaré X", ", 3 a déclaré X",
                ", a-t-il\nprécisé M. X", ", \uD835\uDC00a-t-il", ", a \uD835\uDC00déclaré X"));
        texts.addAll(fixtureLines());
        for (String text : texts) {
            String s = Folding.plain(text);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != ',' && c != '»' && c != '”') {
                    continue;
                }
                if (ClauseReader.PRONOUN_ATTRIBUTION.matcher(s).region(i, s.length()).lookingAt()) {
                    assertThat(ClauseReader.mayBePronounAttribution(s, i)).as("%s at %d", s, i).isTrue();
                }
                Matcher n = ClauseReader.NAMED_ATTRIBUTION.matcher(s).region(i, s.length());
                if (n.lookingAt() && lexicon.isAttributionVerb(Folding.fold(n.group(1)))) {
                    assertThat(clauses.mayBeNamedAttribution(s, i)).as("%s at %d", s, i).isTrue();
                }
            }
        }
    }

    @Test
    void whiteSpaceIsTheUnicodePatternsWhiteSpace() {
        Pattern space = Pattern.compile("(?U)\\s");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(MentionResolver.isWhiteSpace(c)).as("U+%04X", (int) c)
                    .isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void coordinationEndIsThePatternsMatch() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "et", "x et", "x et ", "x et y", "x  et\u2003 y", "x,et y",
                "x et, y", "le ministre a et y", "le ministre avait et", "m. dupont et m. durand", "a et b", "qu' et b",
                "n'importe et b", "un deux trois quatre cinq six sept huit neuf et dix", "un deux trois quatre cinq six sept huit et",
                "x\u0085et\u00A0y", "x\tet\ny", "x ;et y", "xet y", "x etat et y", "\uD835\uDC00 et y"));
        for (String line : fixtureLines()) {
            String f = Folding.fold(Folding.plain(line));
            for (int i = 0; i < f.length(); i++) {
                if (i == 0 || f.charAt(i - 1) == ' ') {
                    texts.add(f.substring(i));
                }
            }
        }
        for (String f : texts) {
            Matcher m = MentionResolver.COORDINATION.matcher(f);
            assertThat(MentionResolver.coordinationEnd(f)).as(f).isEqualTo(m.lookingAt() ? m.end() : -1);
        }
    }

    /** The tokenizer as the rules say it, char by char through {@link Folding}: what the table-driven one must give. */
    private static List<Token> tokensByRule(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Tokenizer.isWordChar(Folding.foldChar(text.charAt(i)))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = Folding.foldChar(text.charAt(i));
                if (Tokenizer.isWordChar(c) || c == '-' && i + 1 < n && Tokenizer.isWordChar(Folding.foldChar(text.charAt(i + 1)))) {
                    i++;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    break;
                }
            }
            tokens.add(new Token(Folding.fold(text.substring(start, i)), start, i));
        }
        return tokens;
    }

    @Test
    void tokensAreTheRulesTokens() throws IOException {
        List<String> texts = new ArrayList<>(fixtureLines());
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            texts.add("Ab" + c + "cD-" + c + "e'" + c + "-" + c);
        }
        for (String text : texts) {
            assertThat(Tokenizer.tokens(text)).as(text).isEqualTo(tokensByRule(text));
        }
    }

    @Test
    void locationPreChecksNeverMissAMatch() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "Le 22 mars 2024 - Ottawa (Ontario) -", " \u00A0le 3 mai 2022 – Paris",
                "Fait à Paris, le 7 octobre 2024", "12 juin 2023 — Genève", "BEIJING, 29 août (Xinhua) --",
                "Paris, le 3 mai 2022", "(Rome, 1er juin --", "-- Berlin,\tmardi 4 juillet", "Conférence de presse de X, Beijing, le 7 mars 2025",
                "Tokyo, lundi\u00A03 mars", "Tokyo,3 mars", "x, \uD835\uDC00 3 mai", "\u2003Le 1er mai 2020 - Lyon"));
        texts.addAll(fixtureLines());
        for (String text : texts) {
            String plain = Folding.plain(text);
            if (LocationFinder.DATE_THEN_CITY.matcher(plain).lookingAt()) {
                assertThat(LocationFinder.mayOpenWithDate(text)).as(text).isTrue();
            }
            if (LocationFinder.DATELINE.matcher(plain).find() || LocationFinder.INNER_DATELINE.matcher(plain).find()) {
                assertThat(LocationFinder.mayHoldDateline(plain)).as(text).isTrue();
            }
        }
    }

    private static List<Integer> foundByFind(Pattern pattern, String t) {
        List<Integer> out = new ArrayList<>();
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }

    private static List<Integer> foundFromStarts(Pattern pattern, String t, boolean digits, FrenchDateParser.Starts starts) {
        List<Integer> out = new ArrayList<>();
        Matcher m = pattern.matcher(t).useTransparentBounds(true);
        for (int at = 0; FrenchDateParser.findFrom(m, t, t.toCharArray(), at, digits, starts); at = m.end()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }

    @Test
    void datesAreFoundWhereFindFindsThem() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "le mardi 1er mars 2024", "du 25 au 28 octobre 2006",
                "les 12 et 13 janvier 2025", "29 août (xinhua)", "en octobre 2025", "28/10/2025", "1.2.2020 et 3/4/2021",
                "premier février 2023, décembre 2024 et decembre 2025, aout 2020", "mercredi 3 juin, jeudi 4 juillet",
                "du lundi 2 au vendredi 6 septembre", "2 mai2020", "x3 mai", "samedi premier novembre 1999"));
        texts.addAll(fixtureLines());
        for (String text : texts) {
            String t = Folding.fold(text);
            assertThat(foundFromStarts(FrenchDateParser.PERIOD, t, false, FrenchDateParser.PERIOD_STARTS)).as(t)
                    .isEqualTo(foundByFind(FrenchDateParser.PERIOD, t));
            assertThat(foundFromStarts(FrenchDateParser.DAY_MONTH, t, true, FrenchDateParser.DAY_MONTH_STARTS)).as(t)
                    .isEqualTo(foundByFind(FrenchDateParser.DAY_MONTH, t));
            assertThat(foundFromStarts(FrenchDateParser.MONTH_YEAR, t, false, FrenchDateParser.MONTH_YEAR_STARTS)).as(t)
                    .isEqualTo(foundByFind(FrenchDateParser.MONTH_YEAR, t));
            assertThat(foundFromStarts(FrenchDateParser.NUMERIC, t, true, FrenchDateParser.Starts.of())).as(t)
                    .isEqualTo(foundByFind(FrenchDateParser.NUMERIC, t));
        }
    }

    @Test
    void trailingSourcePreCheckNeverMissesAMatch() throws IOException {
        List<String> texts = new ArrayList<>(List.of("x, a indiqué un communiqué du ministère.", "x,\u00A0selon la même source",
                "x, D'après l'agence", "x, Ont précisé les services", "x, ſelon la source", "x,  a fait savoir la présidence"));
        texts.addAll(fixtureLines());
        for (String text : texts) {
            for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
                Matcher m = ClauseReader.TRAILING_SOURCE.matcher(text).region(comma, text.length());
                if (m.lookingAt()) {
                    assertThat(ClauseReader.mayOpenTrailingSource(text, comma)).as("%s at %d", text, comma).isTrue();
                }
            }
        }
    }
}
