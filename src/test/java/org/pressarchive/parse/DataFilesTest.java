package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The parser's own JSON reader reads its data files exactly as a general JSON library does. */
class DataFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void dataFilesReadAsJacksonReadsThem() throws IOException {
        for (String name : List.of("countries.json", "reporting-lexicon.json")) {
            try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
                Object expected = plain(MAPPER.readTree(in));
                Object actual = DataFiles.read(name);
                assertThat(actual).as(name).isEqualTo(expected);
                // the order of members matters to the lexicon (first listing wins)
                assertThat(DataFiles.object(actual).keySet()).as(name)
                        .containsExactlyElementsOf(DataFiles.object(expected).keySet());
            }
        }
    }

    @Test
    void standardJson() {
        String text = "\uFEFF { \"a\" : \"\\u00e9t\\u00E9\\n\\\"x\\\\\\/\\t\", \"b\": [1, -2.5e3, true, false, null],"
                + " \"c\": {}, \"d\": [], \"é\": \"« ’ »\" }\n";
        assertThat(DataFiles.parse(text, "test")).isEqualTo(plain(MAPPER.readTree(text.substring(1))));
    }

    @Test
    void badJsonFailsWithTheLine() {
        assertThatThrownBy(() -> DataFiles.parse("{\n\"a\": [1,\n}", "x.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.json, line 3");
        assertThatThrownBy(() -> DataFiles.parse("{\"a\": \"b\"} x", "x.json")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DataFiles.parse("\"open", "x.json")).isInstanceOf(IllegalStateException.class);
    }

    /** A Jackson tree as the plain values {@link DataFiles} gives. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return null;
        }
        return node.asString();
    }
}
