package org.pressarchive.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.ReleaseMeta;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;

/**
 * Hand-made releases for tests, shaped like the parser's output: each paragraph is a list of
 * sentences joined by one space; consecutive sentences with the same speakers and kind form a
 * segment.
 *
 * <pre>
 * ReleaseBuilder.release("2025-10-28-x").date(2025, 10, 28).title("…")
 *     .participant("wang-yi", "Wang Yi", "ministre", "Chine")
 *     .paragraph(p -> p.narration("Le 28 octobre…").statement("Il a déclaré…", "wang-yi"))
 *     .build();
 * </pre>
 */
public final class ReleaseBuilder {
    private final String id;
    private String source;
    private String lang = "fr";
    private LocalDate date;
    private String location;
    private String title;
    private String sourceUrl;
    private final List<Participant> participants = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    private ReleaseBuilder(String id) {
        this.id = id;
        this.source = "seeds/" + id + ".txt";
        this.title = id;
    }

    public static ReleaseBuilder release(String id) {
        return new ReleaseBuilder(id);
    }

    public ReleaseBuilder date(int year, int month, int day) {
        this.date = LocalDate.of(year, month, day);
        return this;
    }

    public ReleaseBuilder date(LocalDate d) {
        this.date = d;
        return this;
    }

    public ReleaseBuilder title(String t) {
        this.title = t;
        return this;
    }

    public ReleaseBuilder location(String l) {
        this.location = l;
        return this;
    }

    public ReleaseBuilder source(String s) {
        this.source = s;
        return this;
    }

    public ReleaseBuilder sourceUrl(String url) {
        this.sourceUrl = url;
        return this;
    }

    public ReleaseBuilder lang(String l) {
        this.lang = l;
        return this;
    }

    public ReleaseBuilder participant(String pid, String name, String role, String country) {
        participants.add(new Participant(pid, name, role, country));
        return this;
    }

    public ReleaseBuilder paragraph(Consumer<ParagraphBuilder> body) {
        ParagraphBuilder b = new ParagraphBuilder(paragraphs.size());
        body.accept(b);
        paragraphs.add(b.build());
        return this;
    }

    /** A paragraph of one narration sentence. */
    public ReleaseBuilder narration(String text) {
        return paragraph(p -> p.narration(text));
    }

    public Release build() {
        return new Release(id, source, lang, date, location, title, participants, paragraphs, List.of(),
                new ReleaseMeta(sourceUrl, List.of(), null, ""));
    }

    /** The sentences of one paragraph, in order. */
    public static final class ParagraphBuilder {
        private final int index;
        private final List<String> texts = new ArrayList<>();
        private final List<List<String>> speakers = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();

        ParagraphBuilder(int index) {
            this.index = index;
        }

        public ParagraphBuilder narration(String text) {
            return sentence(text, Kind.NARRATION);
        }

        public ParagraphBuilder statement(String text, String... speakerIds) {
            return sentence(text, Kind.STATEMENT, speakerIds);
        }

        public ParagraphBuilder action(String text, String... speakerIds) {
            return sentence(text, Kind.ACTION, speakerIds);
        }

        public ParagraphBuilder sentence(String text, Kind kind, String... speakerIds) {
            texts.add(text);
            kinds.add(kind);
            speakers.add(List.of(speakerIds));
            return this;
        }

        Paragraph build() {
            String pid = Paragraph.idFor(index);
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(texts.get(i));
                sentences.add(new Sentence(pid + "-s" + (i + 1), start, text.length(), texts.get(i), speakers.get(i),
                        kinds.get(i)));
            }
            List<Segment> segments = new ArrayList<>();
            List<String> run = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                run.add(sentences.get(i).id());
                boolean last = i + 1 == sentences.size();
                if (last || !speakers.get(i).equals(speakers.get(i + 1)) || kinds.get(i) != kinds.get(i + 1)) {
                    segments.add(new Segment(pid + "-g" + (segments.size() + 1), speakers.get(i), kinds.get(i), run));
                    run = new ArrayList<>();
                }
            }
            return new Paragraph(pid, index, index + 1, text.toString(), sentences, segments, List.of());
        }
    }
}
