package org.pressarchive.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;

/**
 * Every participant of the archive (keyed by participant id, which is the slug of the canonical
 * name) with their roles, country, releases and statement segments; built once, immutable.
 * Reserved ids that are not participants (such as {@code journalist}) have no page.
 */
public final class SpeakerIndex {

    /**
     * One statement segment of a release, as the speaker pages show it: the paragraph it is in,
     * the anchor of its first sentence, its text (its sentences with the whitespace between them,
     * as in the paragraph) and its speakers. Computed from the release's text once, so the index
     * holds no text but these.
     */
    public record Said(int paragraphIndex, String anchor, String text, List<String> speakers) {
        public Said {
            speakers = List.copyOf(speakers);
        }

        /** The statement segments of a release, in text order. */
        public static List<Said> of(Release release) {
            List<Said> out = new ArrayList<>();
            for (Paragraph para : release.paragraphs()) {
                for (Segment g : para.segments()) {
                    if (g.kind() == Kind.STATEMENT && !g.sentences().isEmpty()) {
                        out.add(new Said(para.index(), g.sentences().get(0), text(para, g), g.speakers()));
                    }
                }
            }
            return List.copyOf(out);
        }

        private static String text(Paragraph paragraph, Segment segment) {
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (Sentence s : paragraph.sentences()) {
                if (segment.sentences().contains(s.id())) {
                    start = Math.min(start, s.start());
                    end = Math.max(end, s.end());
                }
            }
            return start > end ? "" : paragraph.text().substring(start, end);
        }
    }

    /** One statement segment of a speaker: the release and what was said there. */
    public record Statement(Release release, Said said) {
        /** Id of the segment's first sentence: the anchor to link to. */
        public String anchor() {
            return said.anchor();
        }

        public String text() {
            return said.text();
        }

        /** Whether the segment is a joint voice (several speakers). */
        public boolean joint() {
            return said.speakers().size() > 1;
        }
    }

    /**
     * A speaker.
     *
     * @param roles      distinct roles in order of first appearance (oldest release first)
     * @param country    the country of their latest release that gives one, or null
     * @param releases   releases they take part in, newest first
     * @param statements their statement segments (joint ones included), newest release first, then in text order
     */
    public record Speaker(String id, String name, List<String> roles, String country, List<Release> releases,
                          List<Statement> statements) {
        public Speaker {
            roles = List.copyOf(roles);
            releases = List.copyOf(releases);
            statements = List.copyOf(statements);
        }
    }

    private final List<Speaker> speakers;
    private final Map<String, Speaker> byId;

    private SpeakerIndex(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
        Map<String, Speaker> m = new HashMap<>();
        speakers.forEach(s -> m.put(s.id(), s));
        this.byId = Map.copyOf(m);
    }

    /** @param releases newest first, with their text */
    public static SpeakerIndex of(List<Release> releases) {
        return of(releases, Said::of);
    }

    /**
     * @param releases newest first (their text is not needed)
     * @param said     the statement segments of each release
     */
    public static SpeakerIndex of(List<Release> releases, java.util.function.Function<Release, List<Said>> said) {
        Map<String, Participant> latest = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> roles = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        Map<String, List<Release>> taking = new HashMap<>();
        Map<String, List<Statement>> statements = new HashMap<>();
        for (Release r : releases) {
            for (Participant p : r.participants()) {
                latest.putIfAbsent(p.id(), p);
                taking.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(r);
                if (p.country() != null) {
                    countries.putIfAbsent(p.id(), p.country());
                }
            }
            for (Said s : said.apply(r)) {
                List<String> speakers = s.speakers();
                for (int k = 0; k < speakers.size(); k++) {
                    String sid = speakers.get(k);
                    if (speakers.indexOf(sid) == k) { // each speaker once
                        statements.computeIfAbsent(sid, x -> new ArrayList<>()).add(new Statement(r, s));
                    }
                }
            }
        }
        for (int i = releases.size() - 1; i >= 0; i--) {
            for (Participant p : releases.get(i).participants()) {
                if (p.role() != null && !p.role().isBlank()) {
                    roles.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(p.role());
                }
            }
        }
        List<Speaker> out = new ArrayList<>();
        for (Participant p : latest.values()) {
            out.add(new Speaker(p.id(), p.name(), List.copyOf(roles.getOrDefault(p.id(), new LinkedHashSet<>())),
                    countries.get(p.id()), taking.get(p.id()), statements.getOrDefault(p.id(), List.of())));
        }
        Comparator<String> names = FrenchOrder.names();
        out.sort(Comparator.comparing(Speaker::name, names).thenComparing(Speaker::id));
        return new SpeakerIndex(out);
    }

    /** Every speaker, in French alphabetical order of name (ties by id). */
    public List<Speaker> speakers() {
        return speakers;
    }

    public Optional<Speaker> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
