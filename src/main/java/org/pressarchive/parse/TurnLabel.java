package org.pressarchive.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker label opening a paragraph of a transcript: {@code Q :}, {@code R :},
 * {@code Agence France-Presse :}, {@code Li Ming :}, {@code LE PRESIDENT – }.
 *
 * @param label the label text without its colon or dash
 * @param end   offset in the paragraph after the label and its separator
 */
record TurnLabel(String label, int end) {

    enum Role { QUESTION, ANSWER, NAMED }

    private static final Pattern QA = Pattern.compile("^\\s*(Q|R|Question|Réponse|Questions)\\s*(?:[:：]|[-–—](?=\\s))\\s*");
    private static final Pattern COLON = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}\\d'’.()&-]*(?:\\s+[\\p{L}\\d'’.()&-]+){0,6})\\s*[:：]\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASH = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}'’. -]{2,60}?)\\s*[–—]\\s+");

    /** The label opening {@code paragraph}, if it has one. */
    static Optional<TurnLabel> of(String paragraph) {
        String p = Folding.plain(paragraph);
        boolean colon = p.indexOf(':') >= 0 || p.indexOf('：') >= 0;
        boolean dash = p.indexOf('–') >= 0 || p.indexOf('—') >= 0;
        for (Pattern pattern : new Pattern[] {QA, COLON, DASH}) {
            // each pattern needs its separator: a colon, a dash (QA also takes a hyphen)
            if (pattern == COLON && !colon || pattern == DASH && !dash
                    || pattern == QA && !colon && !dash && p.indexOf('-') < 0) {
                continue;
            }
            Matcher m = pattern.matcher(p);
            if (m.lookingAt() && plausible(m.group(1), pattern)) {
                return Optional.of(new TurnLabel(m.group(1).trim(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(String label, Pattern pattern) {
        if (pattern == QA) {
            return true;
        }
        long lowerWords = java.util.Arrays.stream(SPACES.split(label.trim()))
                .filter(w -> Character.isLowerCase(w.charAt(0))).count();
        return lowerWords <= 2;
    }

    Role role() {
        return switch (label) {
            case "Q", "Question", "Questions" -> Role.QUESTION;
            case "R", "Réponse" -> Role.ANSWER;
            default -> Role.NAMED;
        };
    }
}
