package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonText} writes what Jackson's {@code writeValueAsString} writes for the same tree. */
class JsonTextTest {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\uD83D\uDE00 \uD800 x \uDC00 \u2028\u2029\uFEFF\uFFFF");
        List<String> values = new ArrayList<>(List.of("", "plain", "\"quoted\" \\ back", all.toString()));
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(20)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = random.nextBoolean() ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
            }
            values.add(new String(chars));
        }
        for (String v : values) {
            assertThat(document(v)).isEqualTo(jackson(v));
        }
        assertThat(document(null)).isEqualTo(jackson(null));
    }

    /** An object with a member, a nested object, an empty and a full array of objects. */
    private static String document(String v) {
        JsonText o = new JsonText(16);
        o.open();
        o.field("a", v);
        o.openObject(v == null ? "k" : v);
        o.field("b", "c");
        o.close();
        o.openArray("empty");
        o.closeArray();
        o.openArray("list");
        for (int i = 0; i < 2; i++) {
            o.open();
            o.field("x", v);
            o.openObject("y");
            o.field("z", "1");
            o.close();
            o.close();
        }
        o.closeArray();
        o.field("last", "end");
        o.close();
        return o.toString();
    }

    private static String jackson(String v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("a", v);
        o.putObject(v == null ? "k" : v).put("b", "c");
        o.putArray("empty");
        var list = o.putArray("list");
        for (int i = 0; i < 2; i++) {
            ObjectNode item = list.addObject();
            item.put("x", v);
            item.putObject("y").put("z", "1");
        }
        o.put("last", "end");
        return JSON.writeValueAsString(o);
    }
}
