package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

    public ObjectNode tree(Release r) {
        ObjectNode o = compact.createObjectNode();
        o.put("id", r.id());
        o.put("source", r.source());
        o.put("lang", r.lang());
        o.put("date", r.date() == null ? null : r.date().toString());
        o.put("location", r.location());
        o.put("title", r.title());
        ArrayNode ps = o.putArray("participants");
        for (Participant p : r.participants()) {
            ObjectNode po = ps.addObject();
            po.put("id", p.id());
            po.put("name", p.name());
            po.put("role", p.role());
            po.put("country", p.country());
        }
        ArrayNode paras = o.putArray("paragraphs");
        for (Paragraph p : r.paragraphs()) {
            ObjectNode po = paras.addObject();
            po.put("id", p.id());
            po.put("index", p.index());
            po.put("text", p.text());
            ArrayNode ss = po.putArray("sentences");
            for (Sentence s : p.sentences()) {
                ObjectNode so = ss.addObject();
                so.put("id", s.id());
                so.put("start", s.start());
                so.put("end", s.end());
                so.put("text", s.text());
                strings(so.putArray("speakers"), s.speakers());
                so.put("kind", s.kind().code());
            }
            ArrayNode gs = po.putArray("segments");
            for (Segment g : p.segments()) {
                ObjectNode go = gs.addObject();
                go.put("id", g.id());
                strings(go.putArray("speakers"), g.speakers());
                go.put("kind", g.kind().code());
                strings(go.putArray("sentences"), g.sentences());
            }
        }
        ArrayNode ws = o.putArray("warnings");
        for (Warning w : r.warnings()) {
            ObjectNode wo = ws.addObject();
            wo.put("line", w.line());
            wo.put("message", w.message());
        }
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /**
     * One release as UTF-8 JSON, pretty-printed or compact, ending with a newline. The compact form
     * (every release page's JSON) is streamed by the generator, field by field as {@link #tree}
     * builds them, without a tree: the same bytes, without a map entry per field.
     */
    public byte[] write(Release r, boolean indent) {
        if (indent) {
            return bytes(tree(r), true);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16384);
        try (JsonGenerator g = compact.createGenerator(out)) {
            write(g, r);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The fields of {@link #tree}, in its order, written as they come. */
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

    /** Several releases as a JSON array. */
    public byte[] writeAll(List<Release> releases, boolean indent) {
        ArrayNode a = compact.createArrayNode();
        releases.forEach(r -> a.add(tree(r)));
        return bytes(a, indent);
    }

    /**
     * Several releases as a compact JSON array streamed to {@code out} (not closed), one release
     * tree at a time: the same bytes as {@code writeAll(releases, false)}.
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
                g.writeTree(tree(r));
            }
            g.writeEndArray();
        }
        out.write('\n');
    }

    private byte[] bytes(tools.jackson.databind.JsonNode node, boolean indent) {
        String s = (indent ? pretty : compact).writeValueAsString(node);
        return (s + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
