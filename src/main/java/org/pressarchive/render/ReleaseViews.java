package org.pressarchive.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.pressarchive.model.InlineMark;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.render.view.Bilingual;
import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.ParagraphView;
import org.pressarchive.render.view.ParticipantView;
import org.pressarchive.render.view.Piece;
import org.pressarchive.render.view.ReleaseView;
import org.pressarchive.render.view.SegmentView;
import org.pressarchive.render.view.SentenceView;
import org.pressarchive.site.Permalinks;

/**
 * Builds the view of a release page from the parse model. The release's text is written to HTML
 * from these views by {@link TextHtml}; the rest of the page by {@code release.html}.
 */
public final class ReleaseViews {
    /** Reserved speaker id of journalists at press conferences. */
    public static final String JOURNALIST = "journalist";
    static final int COLOURS = 8;
    /** The script of the citation's copy button (optional: the page works without it). */
    public static final String CITE_SCRIPT = "cite.js";
    /** The script remembering the reader's choice of view on bilingual pages (optional). */
    public static final String VIEW_SCRIPT = "view.js";
    /** Anchor prefix of the original's paragraphs and sentences on a page that shows a translation. */
    static final String ORIGINAL_PREFIX = "o-";
    /** Anchor prefix of a translation's sentences that do not align with the original's. */
    static final String TRANSLATION_PREFIX = "t-";

    private ReleaseViews() {
    }

    public static ReleaseView view(SiteContext site, Release r, String lang) {
        String path = site.links().release(lang, r.id());
        Map<String, Participant> byId = new HashMap<>();
        List<ParticipantView> participants = new ArrayList<>();
        for (Participant p : r.participants()) {
            byId.put(p.id(), p);
            String href = site.index().speakers().byId(p.id())
                    .map(sp -> Permalinks.relative(path, site.links().speaker(lang, sp.id()))).orElse(null);
            String countryHref = site.index().countries().byName(p.country())
                    .map(c -> Permalinks.relative(path, site.links().country(lang, c.slug()))).orElse(null);
            participants.add(new ParticipantView(p.id(), p.name(), p.role(), p.country(), href, countryHref,
                    colour(p.id())));
        }
        String original = r.lang();
        Release shown = r;
        Bilingual bilingual = null;
        String notice = null;
        if (!lang.equals(original)) {
            var translation = site.translations().translation(r.id(), lang);
            if (translation.isPresent()) {
                shown = translation.get();
                bilingual = bilingual(site, r, shown, lang, byId);
            } else {
                notice = site.messages().require(lang, "release.notTranslated",
                        site.messages().require(lang, "lang." + original));
            }
        }
        List<ParagraphView> paragraphs = paragraphs(site, shown, lang, byId, "");
        List<Link> otherLanguages = new ArrayList<>();
        for (String other : site.config().languages()) {
            boolean exists = other.equals(original) || site.translations().translation(r.id(), other).isPresent();
            if (!other.equals(lang) && exists) {
                otherLanguages.add(new Link(site.messages().require(other, "lang.name"),
                        Permalinks.relative(path, site.links().release(other, r.id()))));
            }
        }
        String permalink = site.config().baseUrl() == null ? null
                : Permalinks.absolute(site.config().baseUrl(), path);
        String publisher = site.config().publisher().isEmpty() ? site.config().title() : site.config().publisher();
        String citation = site.messages().require(lang, "release.citation", publisher, shown.title(),
                r.date() == null ? site.messages().require(lang, "release.undated") : Pages.longDate(r.date(), lang),
                permalink == null ? Permalinks.relative(path, path) : permalink);
        Link newer = site.index().newer(r).map(n -> new Link(n.title(),
                Permalinks.relative(path, site.links().release(lang, n.id())))).orElse(null);
        Link older = site.index().older(r).map(o -> new Link(o.title(),
                Permalinks.relative(path, site.links().release(lang, o.id())))).orElse(null);
        return new ReleaseView(r.id(), shown.title(), r.date() == null ? null : r.date().toString(),
                Pages.longDate(r.date(), lang), r.location(), participants, paragraphs, citation, permalink,
                r.meta().sourceUrl(), newer, older, Permalinks.relative(path, site.links().releaseJson(r.id())),
                Permalinks.relative(path, site.links().script(CITE_SCRIPT)), shown.lang(), bilingual, notice,
                otherLanguages, Permalinks.relative(path, site.links().script(VIEW_SCRIPT)));
    }

    /** The paragraph views of a text. */
    static List<ParagraphView> paragraphs(SiteContext site, Release r, String lang, Map<String, Participant> byId,
                                          String idPrefix) {
        List<ParagraphView> paragraphs = new ArrayList<>();
        for (Paragraph p : r.paragraphs()) {
            paragraphs.add(paragraph(site, p, lang, byId, idPrefix));
        }
        return paragraphs;
    }

    /** One paragraph's view; {@code idPrefix} keeps anchors unique when two texts share a page. */
    static ParagraphView paragraph(SiteContext site, Paragraph p, String lang, Map<String, Participant> byId,
                                   String idPrefix) {
        List<Sentence> all = p.sentences();
        // A paragraph has a handful of sentences: a search costs less than a map (see sentence()).
        Map<String, Sentence> sentences = null;
        if (all.size() > SMALL_PARAGRAPH) {
            sentences = new HashMap<>();
            for (Sentence s : all) {
                sentences.put(s.id(), s);
            }
        }
        List<SegmentView> segments = new ArrayList<>(p.segments().size());
        for (Segment g : p.segments()) {
            List<SentenceView> sv = new ArrayList<>(g.sentences().size());
            for (String sid : g.sentences()) {
                Sentence s = sentences != null ? sentences.get(sid) : sentence(all, sid);
                sv.add(new SentenceView(idPrefix + s.id(), code(s.kind()), pieces(p.text(), s, p.marks())));
            }
            String label = speakerLabel(site, lang, g.speakers(), byId);
            if (g.speakers().size() > 1) {
                label = site.messages().require(lang, "segment.joint", label);
            }
            String colour = g.speakers().size() == 1 ? colour(g.speakers().get(0))
                    : g.speakers().isEmpty() ? "publisher" : "joint";
            String kind = code(g.kind());
            segments.add(new SegmentView(idPrefix + g.id(), label, kind,
                    site.messages().require(lang, "kind." + kind), colour, g.speakers().size() > 1, sv));
        }
        return new ParagraphView(idPrefix + p.id(), p.index() + 1, segments,
                permalinkLabel(site, lang, p.index() + 1));
    }

    /** Up to this many sentences, a paragraph's sentences are found by a search rather than a map. */
    private static final int SMALL_PARAGRAPH = 16;

    /**
     * The sentence {@code id} of a paragraph: the last one with that id, as a map from id to
     * sentence filled in order would give (ids are unique in practice; this keeps the rule exact).
     */
    private static Sentence sentence(List<Sentence> sentences, String id) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** {@link Kind#code()} of each kind, made once ({@code code()} makes a new string on each call). */
    private static final String[] KIND_CODES = java.util.Arrays.stream(Kind.values()).map(Kind::code)
            .toArray(String[]::new);

    private static String code(Kind kind) {
        return KIND_CODES[kind.ordinal()];
    }

    /**
     * Original and translation paired paragraph by paragraph. Sentence anchors such as
     * {@code #p3-s2} must exist on every language's page: where a paragraph's sentences align, the
     * translation keeps the plain ids (the same place in every language) and the original's get
     * an {@code o-} prefix; where they do not, the original keeps them and the translation's get
     * a {@code t-} prefix.
     */
    private static Bilingual bilingual(SiteContext site, Release original, Release translation, String lang,
                                       Map<String, Participant> byId) {
        List<Paragraph> o = original.paragraphs();
        List<Paragraph> t = translation.paragraphs();
        List<Bilingual.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(o.size(), t.size()); i++) {
            Paragraph op = i < o.size() ? o.get(i) : null;
            Paragraph tp = i < t.size() ? t.get(i) : null;
            boolean aligned = op != null && tp != null && op.sentences().size() == tp.sentences().size();
            pairs.add(new Bilingual.Pair(Paragraph.idFor(i), i + 1,
                    op == null ? null : paragraph(site, op, lang, byId, aligned ? ORIGINAL_PREFIX : ""),
                    tp == null ? null : paragraph(site, tp, lang, byId, aligned || op == null ? "" : TRANSLATION_PREFIX),
                    permalinkLabel(site, lang, i + 1)));
        }
        return new Bilingual(original.lang(), translation.lang(), pairs);
    }

    /** "Permanent link to paragraph 3", for the title and the accessible name of the ¶ link. */
    static String permalinkLabel(SiteContext site, String lang, int number) {
        return site.messages().require(lang, "release.permalink", number);
    }

    /** Names of the speakers: one name, "A et B" for a joint voice, empty for narration. */
    static String speakerLabel(SiteContext site, String lang, List<String> speakers, Map<String, Participant> byId) {
        List<String> names = new ArrayList<>();
        for (String id : speakers) {
            Participant p = byId.get(id);
            names.add(p != null ? p.name() : site.messages().message(lang, "speaker." + id).orElse(id));
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        String and = site.messages().require(lang, "list.and");
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    /** A stable colour class for a speaker id, the same on every page. */
    public static String colour(String speakerId) {
        if (JOURNALIST.equals(speakerId)) {
            return "journalist";
        }
        return "c" + (Math.floorMod(speakerId.hashCode(), COLOURS) + 1);
    }

    /** Cuts the sentence text into runs of uniform inline formatting. */
    static List<Piece> pieces(String text, Sentence s, List<InlineMark> marks) {
        if (marks.isEmpty()) {
            return List.of(new Piece(s.text(), false, false, false, null));
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(s.start(), s.end()));
        for (InlineMark m : marks) {
            if (m.start() > s.start() && m.start() < s.end()) {
                cuts.add(m.start());
            }
            if (m.end() > s.start() && m.end() < s.end()) {
                cuts.add(m.end());
            }
        }
        List<Piece> out = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            boolean em = false;
            boolean strong = false;
            boolean code = false;
            String href = null;
            for (InlineMark m : marks) {
                if (m.start() <= a && m.end() >= b) {
                    switch (m.type()) {
                        case EMPHASIS -> em = true;
                        case STRONG -> strong = true;
                        case CODE -> code = true;
                        case LINK -> href = m.href();
                    }
                }
            }
            out.add(new Piece(text.substring(a, b), em, strong, code, href));
            a = b;
        }
        return out;
    }
}
