package org.pressarchive.search;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns index data into a script that registers it: {@code __pa_search("t-3",{…});}. Scripts are
 * used instead of JSON because browsers refuse {@code fetch} of local files but run
 * {@code <script src>}. The JSON comes from Jackson; {@code <} and the line separators U+2028 and
 * U+2029 are escaped as well, so no text can end a script element or break older parsers.
 */
final class ScriptWrapper {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    ObjectMapper mapper() {
        return mapper;
    }

    byte[] wrap(String key, JsonNode data) {
        String json = mapper.writeValueAsString(data);
        StringBuilder sb = new StringBuilder(json.length() + key.length() + 24);
        sb.append("__pa_search(\"").append(key).append("\",");
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        sb.append(");\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
