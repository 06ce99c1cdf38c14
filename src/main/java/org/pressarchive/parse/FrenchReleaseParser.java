package org.pressarchive.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pressarchive.model.FrontMatter;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.ReleaseMeta;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.Slugs;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Warning;

/**
 * The parser for French diplomatic press releases: sentences, event date and place,
 * participants, and for every sentence its speakers and kind, as ATTRIBUTION.md defines them.
 *
 * <p>Instances load their data (country gazetteer, reporting lexicon) from the classpath once
 * and are immutable and thread-safe afterwards. {@link #parse} does no I/O and never throws on
 * bad content: an unexpected failure in the analysis leaves the text as narration and adds a
 * warning.
 */
public final class FrenchReleaseParser implements ReleaseParser {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ReportingLexicon lexicon;
    private final ParticipantFinder participants;
    private final SpeakerAttributor attributor;
    private final EventDateFinder dates;
    private final LocationFinder locations;
    private final TitleDeriver titles = new TitleDeriver();

    /** A parser with the data files shipped in the jar. */
    public FrenchReleaseParser() {
        Gazetteer gazetteer = Gazetteer.load();
        this.lexicon = ReportingLexicon.load();
        NameFinder names = new NameFinder(gazetteer);
        ClauseReader clauses = new ClauseReader(lexicon);
        this.participants = new ParticipantFinder(names, new RoleReader(gazetteer), lexicon, clauses);
        this.attributor = new SpeakerAttributor(lexicon, clauses, new MentionResolver(gazetteer, names), new KindClassifier());
        this.dates = new EventDateFinder(new FrenchDateParser());
        this.locations = new LocationFinder(gazetteer);
    }

    /** A parser with the standard data files; equivalent to {@code new FrenchReleaseParser()}. */
    public static FrenchReleaseParser standard() {
        return new FrenchReleaseParser();
    }

    @Override
    public Release parse(SourceText source) {
        List<SourceParagraph> sourceParagraphs = source.paragraphs();
        List<List<Span>> spans = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (SourceParagraph sp : sourceParagraphs) {
            List<Span> s = splitter.split(sp.text());
            spans.add(s);
            texts.add(s.stream().map(span -> span.of(sp.text())).toList());
            lines.add(sp.line());
        }
        FrontMatter fm = source.frontMatter();
        List<Warning> warnings = new ArrayList<>(source.warnings());
        SentenceCache cache = new SentenceCache(lexicon);
        Analysis analysis;
        try {
            analysis = analyse(texts, fm, cache);
        } catch (RuntimeException e) {
            warnings.add(new Warning(lines.isEmpty() ? 0 : lines.get(0),
                    "speaker analysis failed (" + e.getClass().getSimpleName() + "); text kept as narration"));
            analysis = Analysis.narrationOnly(texts, source.name());
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < sourceParagraphs.size(); i++) {
            paragraphs.add(paragraph(i, sourceParagraphs.get(i), spans.get(i), texts.get(i), analysis.voices().get(i)));
        }

        LocalDate date = fm.date();
        if (date == null) {
            EventDateFinder.Result found = dates.find(texts, lines);
            date = found.date();
            if (found.warning() != null) {
                warnings.add(found.warning());
            }
        }
        String location = fm.location() != null ? fm.location()
                : locationOf(texts, analysis.participants().stream().map(Participant::name).toList(), cache);
        String title = fm.title() != null ? fm.title() : analysis.title();
        List<Participant> people = !fm.participants().isEmpty() ? fm.participants() : analysis.participants();
        String lang = fm.lang() != null ? fm.lang() : source.lang() != null ? source.lang() : "fr";
        warnings.sort(null);
        return new Release(id(date, people, title, source.name()), source.path(), lang, date, location, title, people,
                paragraphs, warnings, new ReleaseMeta(fm.source(), fm.tags(), fm.translationOf(), source.sha256()));
    }

    private String locationOf(List<List<String>> texts, List<String> people, SentenceCache cache) {
        try {
            return locations.find(texts, people, cache).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Speakers, kinds, participants and title of a release. */
    private record Analysis(List<List<Voice>> voices, List<Participant> participants, String title) {
        static Analysis narrationOnly(List<List<String>> texts, String name) {
            List<List<Voice>> voices = texts.stream().map(p -> p.stream().map(s -> Voice.NARRATION).toList()).toList();
            String title = texts.stream().filter(p -> !p.isEmpty()).findFirst().map(p -> TitleDeriver.cut(p.get(0)))
                    .orElse(name);
            return new Analysis(voices, List.of(), title);
        }
    }

    private Analysis analyse(List<List<String>> texts, FrontMatter fm, SentenceCache cache) {
        boolean heading = texts.size() >= 2 && Headings.isHeading(String.join(" ", texts.get(0)));
        boolean transcript = isTranscript(texts);
        Cast cast = participants.find(texts, heading, fm, transcript, cache);
        List<List<Voice>> voices;
        TitleDeriver.Shape shape;
        Optional<Actor> voice = participants.firstPersonActor(texts, heading, fm, cast, cache);
        Optional<String> speaker = voice.map(Actor::id);
        if (voice.isPresent() && !transcript && fm.participants().isEmpty()) {
            cast = Cast.of(voice.get());
        }
        if (transcript) {
            voices = attributor.transcript(texts, heading, cast, cache);
            shape = TitleDeriver.Shape.TRANSCRIPT;
        } else if (speaker.isPresent()) {
            voices = attributor.firstPerson(texts, heading, speaker.get(), cache);
            shape = TitleDeriver.Shape.FIRST_PERSON;
        } else {
            voices = attributor.readout(texts, heading, cast, cache);
            shape = TitleDeriver.Shape.READOUT;
        }
        String title = titles.derive(texts, heading, cast, shape);
        return new Analysis(voices, cast.actors().stream().map(Actor::toParticipant).toList(), title);
    }

    private static boolean isTranscript(List<List<String>> texts) {
        int labels = 0;
        boolean questions = false;
        for (List<String> p : texts) {
            if (!p.isEmpty()) {
                Optional<TurnLabel> l = TurnLabel.of(p.get(0));
                if (l.isPresent()) {
                    labels++;
                    questions |= l.get().role() != TurnLabel.Role.NAMED || ParticipantFinder.isMediaLabel(l.get().label());
                }
            }
        }
        return labels >= 2 && (questions || labels >= 3);
    }

    private static Paragraph paragraph(int index, SourceParagraph sp, List<Span> spans, List<String> texts, List<Voice> voices) {
        String pid = Paragraph.idFor(index);
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            Voice v = k < voices.size() ? voices.get(k) : Voice.NARRATION;
            sentences.add(new Sentence(pid + "-s" + (k + 1), span.start(), span.end(), texts.get(k), v.speakers(),
                    v.kind()));
        }
        return new Paragraph(pid, index, sp.line(), sp.text(), sentences, segments(pid, sentences), sp.marks());
    }

    /** Maximal runs of consecutive sentences with the same speakers and kind. */
    static List<Segment> segments(String pid, List<Sentence> sentences) {
        List<Segment> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> speakers = null;
        Kind kind = null;
        for (Sentence s : sentences) {
            if (speakers != null && (!speakers.equals(s.speakers()) || kind != s.kind())) {
                out.add(new Segment(pid + "-g" + (out.size() + 1), speakers, kind, run));
                run = new ArrayList<>();
            }
            speakers = s.speakers();
            kind = s.kind();
            run.add(s.id());
        }
        if (speakers != null) {
            out.add(new Segment(pid + "-g" + (out.size() + 1), speakers, kind, run));
        }
        return out;
    }

    private static String id(LocalDate date, List<Participant> people, String title, String name) {
        String slug = Slugs.slug(String.join(" ", people.stream().map(Participant::name).toList()), 80);
        if (slug.isEmpty()) {
            slug = Slugs.slug(title == null ? "" : title, 80);
        }
        if (slug.isEmpty()) {
            slug = Slugs.slug(name, 80);
        }
        if (date == null) {
            return slug.isEmpty() ? name : slug;
        }
        return slug.isEmpty() ? date.toString() : date + "-" + slug;
    }
}
