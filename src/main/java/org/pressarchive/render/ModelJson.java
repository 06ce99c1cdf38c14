package org.pressarchive.render;

import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.Warning;

/**
 * The parse model as JSON (DESIGN.md §3): a documented, stable interface, keys in the documented
 * order. Only this class decides the JSON shape of a release.
 */
public final class ModelJson {
    private final ObjectMapper compact = JsonMapper.builder().build();
    private final ObjectMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One release as UTF-8 JSON, pretty-printed or compact, ending with a newline. */
    public byte[] write(Release r, boolean indent) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16384);
        try (JsonGenerator g = (indent ? pretty : compact).createGenerator(out)) {
            write(g, r);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * A release's fields in the documented order, streamed as they come (no tree: a map entry per
     * field was a tenth of a clean build's allocation).
     */
    private static void write(JsonGenerator g, Release r) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("source", r.source());
        g.writeStringProperty("lang", r.lang());
        g.writeStringProperty("date", r.date() == null ? null : r.date().toString());
        g.writeStringProperty("location", r.location());
        g.writeStringProperty("title", r.title());
        g.writeArrayPropertyStart("participants");
        for (Participant p : r.participants()) {
            g.writeStartObject();
            g.writeStringProperty("id", p.id());
            g.writeStringProperty("name", p.name());
            g.writeStringProperty("role", p.role());
            g.writeStringProperty("country", p.country());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("paragraphs");
        for (Paragraph p : r.paragraphs()) {
            g.writeStartObject();
            g.writeStringProperty("id", p.id());
            g.writeNumberProperty("index", p.index());
            g.writeStringProperty("text", p.text());
            g.writeArrayPropertyStart("sentences");
            for (Sentence s : p.sentences()) {
                g.writeStartObject();
                g.writeStringProperty("id", s.id());
                g.writeNumberProperty("start", s.start());
                g.writeNumberProperty("end", s.end());
                g.writeStringProperty("text", s.text());
                strings(g, "speakers", s.speakers());
                g.writeStringProperty("kind", s.kind().code());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("segments");
            for (Segment s : p.segments()) {
                g.writeStartObject();
                g.writeStringProperty("id", s.id());
                strings(g, "speakers", s.speakers());
                g.writeStringProperty("kind", s.kind().code());
                strings(g, "sentences", s.sentences());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("warnings");
        for (Warning w : r.warnings()) {
            g.writeStartObject();
            g.writeNumberProperty("line", w.line());
            g.writeStringProperty("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Several releases as a JSON array, ending with a newline. */
    public byte[] writeAll(List<Release> releases, boolean indent) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = (indent ? pretty : compact).createGenerator(out)) {
            g.writeStartArray();
            for (Release r : releases) {
                write(g, r);
            }
            g.writeEndArray();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Several releases as a compact JSON array streamed to {@code out} (not closed), one release
     * at a time: the same bytes as {@code writeAll(releases, false)}.
     */
    public void writeAll(Iterable<Release> releases, java.io.OutputStream out) throws java.io.IOException {
        try (tools.jackson.core.JsonGenerator g = compact.createGenerator(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        })) {
            g.writeStartArray();
            for (Release r : releases) {
                write(g, r);
            }
            g.writeEndArray();
        }
        out.write('\n');
    }
}
