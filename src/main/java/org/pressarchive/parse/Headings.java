package org.pressarchive.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a release's heading (its first paragraph when that paragraph is a title) and the
 * speaker a first-person text's heading names ({@code Déclaration de M. X, ministre …}).
 */
final class Headings {

    private static final Pattern HEADING_NOUN = Pattern.compile(
            "(?U)^\\s*(?:Déclaration|Communiqué|Conférence de presse|Point de presse|Discours|Allocution|Entretien|Intervention|"
                    + "Message|Tribune|Interview|Lettre|Réunion|Visite|Vœux|Voeux|Compte rendu|Transcription|Remarques|Propos)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?U)(?:^|\\s[–—-]\\s)\\s*(?:Déclaration|Discours|Allocution|Intervention|Message|Tribune|Lettre|Vœux|Voeux|Remarques|Propos|Mot|"
                    + "Communiqué|Éditorial)\\s+(?:attribuable\\s+)?(?:de|du|d'|de la|au|à la|à l')\\b(?!.*\\bconjoint)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?…»]\\s*$");

    private final NameFinder names;

    Headings(NameFinder names) {
        this.names = names;
    }

    /** True when paragraph 0 of {@code paragraphs} is a title rather than text. */
    static boolean firstIsHeading(List<String> paragraphs) {
        return paragraphs.size() >= 2 && isHeading(paragraphs.get(0));
    }

    /** True when {@code paragraph}, the first of two or more, is a title rather than text. */
    static boolean isHeading(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > 250) {
            return false;
        }
        return HEADING_NOUN.matcher(p).lookingAt() || !SENTENCE_END.matcher(p).matches();
    }

    /** The person a first-person heading names as the one voice of the text. */
    Optional<NameSpan> firstPersonSpeaker(String heading) {
        Matcher m = FIRST_PERSON.matcher(Folding.plain(heading));
        if (!m.find()) {
            return Optional.empty();
        }
        return names.find(heading).stream().filter(n -> n.from() >= m.start()).findFirst();
    }
}
