package org.pressarchive.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;

/**
 * The translator's notes on who speaks in a paragraph: one {@code speaker} note per run of
 * sentences with the same voice (the parse model's segments), e.g. {@code Wang Yi (statement)},
 * prefixed by the sentence ids ({@code p3-s1–p3-s2: …}) when the paragraph has several voices.
 */
final class SpeakerNotes {
    static final String CATEGORY = "speaker";

    private final Map<String, String> names;

    SpeakerNotes(Release release) {
        this.names = release.participants().stream()
                .collect(Collectors.toMap(Participant::id, Participant::name, (a, b) -> a));
    }

    List<XliffNote> of(Paragraph p) {
        List<Voice> voices = voices(p);
        List<XliffNote> notes = new ArrayList<>();
        for (Voice v : voices) {
            String label = describe(v.speakers(), v.kind());
            String prefix = voices.size() == 1 ? "" : range(v.sentences()) + ": ";
            notes.add(new XliffNote(CATEGORY, prefix + label));
        }
        return notes;
    }

    private record Voice(List<String> speakers, Kind kind, List<String> sentences) {
    }

    /** The paragraph's segments, or runs of its sentences when a parser gives no segments. */
    private static List<Voice> voices(Paragraph p) {
        List<Voice> out = new ArrayList<>();
        if (!p.segments().isEmpty()) {
            for (Segment g : p.segments()) {
                out.add(new Voice(g.speakers(), g.kind(), g.sentences()));
            }
            return out;
        }
        for (Sentence s : p.sentences()) {
            Voice last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.speakers().equals(s.speakers()) && last.kind() == s.kind()) {
                List<String> ids = new ArrayList<>(last.sentences());
                ids.add(s.id());
                out.set(out.size() - 1, new Voice(last.speakers(), last.kind(), ids));
            } else {
                out.add(new Voice(s.speakers(), s.kind(), List.of(s.id())));
            }
        }
        return out;
    }

    String describe(List<String> speakers, Kind kind) {
        if (speakers.isEmpty()) {
            return kind == Kind.NARRATION ? "narration (the publisher's voice)" : "no speaker (" + kind.code() + ")";
        }
        Function<String, String> name = id -> names.getOrDefault(id, id);
        List<String> shown = speakers.stream().map(name).toList();
        String who = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        return who + (speakers.size() > 1 ? " jointly" : "") + " (" + kind.code() + ")";
    }

    private static String range(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return ids.size() == 1 ? ids.get(0) : ids.get(0) + "–" + ids.get(ids.size() - 1);
    }
}
