package org.pressarchive.build;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.InlineMark;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.ReleaseMeta;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.Warning;
import org.pressarchive.site.ReleaseStore;
import org.pressarchive.site.SpeakerIndex;
import org.pressarchive.site.ThemeIndex;

/**
 * The build cache's binary form of a parse model. The cache is read back for every release of
 * every build (a release page, the search index and the data file each load the model they need,
 * so the build never holds every text at once), which makes its decoding speed matter: this
 * plain length-prefixed layout decodes about ten times faster than the JSON of DESIGN §3 through a
 * data-binding mapper. It is private to the cache (versioned by {@link #FORMAT}; the cache key
 * also holds the tool's digest), never an exchange format: the JSON model stays the interface.
 * A sentence whose text is its paragraph's text between its offsets (always, for the parser's
 * output) stores no text of its own. The head and the {@link ReleaseStore.Facts} come first, so a
 * build whose input did not change reads them without decoding the paragraphs.
 */
final class ReleaseCodec {
    static final int FORMAT = 2;

    private ReleaseCodec() {
    }

    /** A release's head and facts, read without its paragraphs. */
    record Head(Release head, ReleaseStore.Facts facts) {
    }

    static byte[] encode(Release r) {
        CodecOutput out = new CodecOutput(8192);
        write(out, r, ReleaseStore.Facts.of(r));
        return out.toByteArray();
    }

    static Release decode(byte[] bytes) throws IOException {
        CodecInput in = new CodecInput(bytes);
        Release r = read(in);
        if (!in.atEnd()) {
            throw new IOException("trailing bytes");
        }
        return r;
    }

    /** The layout: the head (metadata, participants, warnings), the facts (length-prefixed), the paragraphs. */
    static void write(CodecOutput out, Release r, ReleaseStore.Facts facts) {
        out.writeInt(FORMAT);
        string(out, r.id());
        string(out, r.source());
        string(out, r.lang());
        string(out, r.date() == null ? null : r.date().toString());
        string(out, r.location());
        string(out, r.title());
        out.writeInt(r.participants().size());
        for (Participant p : r.participants()) {
            string(out, p.id());
            string(out, p.name());
            string(out, p.role());
            string(out, p.country());
        }
        out.writeInt(r.warnings().size());
        for (Warning w : r.warnings()) {
            out.writeInt(w.line());
            string(out, w.message());
        }
        ReleaseMeta meta = r.meta();
        string(out, meta.sourceUrl());
        strings(out, meta.tags());
        string(out, meta.translationOf());
        string(out, meta.sha256());
        int factLength = out.placeholder();
        int factStart = out.size();
        out.writeInt(facts.statements().size());
        for (SpeakerIndex.Said said : facts.statements()) {
            out.writeInt(said.paragraphIndex());
            string(out, said.anchor());
            string(out, said.text());
            strings(out, said.speakers());
        }
        out.writeInt(facts.definitions().size());
        for (ThemeIndex.Definition d : facts.definitions()) {
            string(out, d.acronym());
            string(out, d.name());
        }
        out.patchInt(factLength, out.size() - factStart);
        out.writeInt(r.paragraphs().size());
        for (Paragraph p : r.paragraphs()) {
            string(out, p.id());
            out.writeInt(p.index());
            out.writeInt(p.line());
            string(out, p.text());
            out.writeInt(p.sentences().size());
            for (Sentence s : p.sentences()) {
                string(out, s.id());
                out.writeInt(s.start());
                out.writeInt(s.end());
                boolean derived = s.start() >= 0 && s.end() <= p.text().length() && s.end() - s.start() == s.text().length()
                        && p.text().startsWith(s.text(), s.start());
                string(out, derived ? null : s.text());
                strings(out, s.speakers());
                out.writeByte(s.kind().ordinal());
            }
            out.writeInt(p.segments().size());
            for (Segment g : p.segments()) {
                string(out, g.id());
                strings(out, g.speakers());
                out.writeByte(g.kind().ordinal());
                strings(out, g.sentences());
            }
            out.writeInt(p.marks().size());
            for (InlineMark m : p.marks()) {
                out.writeByte(m.type().ordinal());
                out.writeInt(m.start());
                out.writeInt(m.end());
                string(out, m.href());
            }
        }
    }

    /** Reads the head and facts only. */
    static Head readHead(CodecInput in) throws IOException {
        Release head = head(in);
        count(in);
        int n = count(in);
        List<SpeakerIndex.Said> statements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            statements.add(new SpeakerIndex.Said(in.readInt(), string(in), string(in), strings(in)));
        }
        n = count(in);
        List<ThemeIndex.Definition> definitions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            definitions.add(new ThemeIndex.Definition(string(in), string(in)));
        }
        return new Head(head, new ReleaseStore.Facts(statements, definitions));
    }

    /** Reads the whole release (skipping the facts). */
    static Release read(CodecInput in) throws IOException {
        Release head = head(in);
        in.skip(count(in));
        int n = count(in);
        List<Paragraph> paragraphs = new ArrayList<>(n);
        Kind[] kinds = Kind.values();
        InlineMark.Type[] types = InlineMark.Type.values();
        for (int i = 0; i < n; i++) {
            String pid = string(in);
            int index = in.readInt();
            int line = in.readInt();
            String text = string(in);
            int ns = count(in);
            List<Sentence> sentences = new ArrayList<>(ns);
            for (int j = 0; j < ns; j++) {
                String sid = string(in);
                int start = in.readInt();
                int end = in.readInt();
                String own = string(in);
                List<String> speakers = strings(in);
                Kind kind = kinds[in.readByte()];
                if (own == null && (start < 0 || end < start || end > text.length())) {
                    throw new IOException("sentence " + sid + " outside its paragraph");
                }
                sentences.add(new Sentence(sid, start, end, own != null ? own : text.substring(start, end), speakers, kind));
            }
            int ng = count(in);
            List<Segment> segments = new ArrayList<>(ng);
            for (int j = 0; j < ng; j++) {
                String gid = string(in);
                List<String> speakers = strings(in);
                Kind kind = kinds[in.readByte()];
                segments.add(new Segment(gid, speakers, kind, strings(in)));
            }
            int nm = count(in);
            List<InlineMark> marks = new ArrayList<>(nm);
            for (int j = 0; j < nm; j++) {
                InlineMark.Type type = types[in.readByte()];
                int start = in.readInt();
                int end = in.readInt();
                marks.add(new InlineMark(type, start, end, string(in)));
            }
            paragraphs.add(new Paragraph(pid, index, line, text, sentences, segments, marks));
        }
        return new Release(head.id(), head.source(), head.lang(), head.date(), head.location(), head.title(),
                head.participants(), paragraphs, head.warnings(), head.meta());
    }

    private static Release head(CodecInput in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not a release in cache format " + FORMAT);
        }
        String id = string(in);
        String source = string(in);
        String lang = string(in);
        String date = string(in);
        String location = string(in);
        String title = string(in);
        int n = count(in);
        List<Participant> participants = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            participants.add(new Participant(string(in), string(in), string(in), string(in)));
        }
        n = count(in);
        List<Warning> warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(new Warning(in.readInt(), string(in)));
        }
        ReleaseMeta meta = new ReleaseMeta(string(in), strings(in), string(in), string(in));
        return new Release(id, source, lang, date == null ? null : LocalDate.parse(date), location, title,
                participants, List.of(), warnings, meta);
    }

    private static int count(CodecInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("corrupt count " + n);
        }
        return n;
    }

    static void string(CodecOutput out, String s) {
        out.string(s);
    }

    static String string(CodecInput in) throws IOException {
        return in.string();
    }

    private static void strings(CodecOutput out, List<String> list) {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(CodecInput in) throws IOException {
        int n = count(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string(in));
        }
        return list;
    }
}
