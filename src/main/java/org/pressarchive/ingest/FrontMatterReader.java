package org.pressarchive.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.pressarchive.model.FrontMatter;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Slugs;
import org.pressarchive.model.Warning;
import org.pressarchive.model.Whitespace;

/**
 * Reads a release's YAML front matter (Jackson YAML). Unknown keys and bad values are warnings
 * naming the line; the rest of the front matter still applies.
 */
final class FrontMatterReader {
    static final Set<String> KEYS = Set.of("title", "date", "location", "lang", "source", "tags",
            "translationOf", "speaker", "participants");
    private static final Pattern LANG = Pattern.compile("[a-z]{2}(-[A-Za-z]{2,4})?");

    /**
     * Made when a file first has front matter: loading the YAML parser's classes costs a few
     * tenths of a second at the start of a build, and most archives have no front matter.
     */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();
    }

    /**
     * @param body      the YAML text
     * @param firstLine file line number of the YAML's first line
     */
    FrontMatter read(String body, int firstLine, List<Warning> warnings) {
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(body);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? firstLine : firstLine + Math.max(0, e.getLocation().getLineNr() - 1);
            warnings.add(new Warning(line, "front matter is not valid YAML: " + e.getOriginalMessage()));
            return FrontMatter.empty();
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return FrontMatter.empty();
        }
        if (!root.isObject()) {
            warnings.add(new Warning(firstLine, "front matter must be a mapping of keys to values"));
            return FrontMatter.empty();
        }
        String[] lines = body.split("\n", -1);
        String title = null;
        LocalDate date = null;
        String location = null;
        String lang = null;
        String source = null;
        List<String> tags = List.of();
        String translationOf = null;
        String speaker = null;
        List<Participant> participants = List.of();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            int line = firstLine + lineOf(lines, key);
            switch (key) {
                case "title" -> title = text(v, key, line, warnings);
                case "location" -> location = text(v, key, line, warnings);
                case "source" -> source = text(v, key, line, warnings);
                case "translationOf" -> translationOf = text(v, key, line, warnings);
                case "speaker" -> speaker = text(v, key, line, warnings);
                case "date" -> {
                    String s = text(v, key, line, warnings);
                    if (s != null) {
                        try {
                            date = LocalDate.parse(s);
                        } catch (DateTimeParseException ex) {
                            warnings.add(new Warning(line, "front matter 'date': '" + s
                                    + "' is not a valid date (expected YYYY-MM-DD)"));
                        }
                    }
                }
                case "lang" -> {
                    String s = text(v, key, line, warnings);
                    if (s != null && LANG.matcher(s).matches()) {
                        lang = s;
                    } else if (s != null) {
                        warnings.add(new Warning(line, "front matter 'lang': '" + s
                                + "' is not an ISO 639-1 language code such as fr or en"));
                    }
                }
                case "tags" -> tags = strings(v, key, line, warnings);
                case "participants" -> participants = participants(v, line, warnings);
                default -> warnings.add(new Warning(line, "unknown front matter key '" + key + "' (known: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")"));
            }
        }
        return new FrontMatter(title, date, location, lang, source, tags, translationOf, speaker, participants);
    }

    private static int lineOf(String[] lines, String key) {
        Pattern p = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return i;
            }
        }
        return 0;
    }

    private static String text(JsonNode v, String key, int line, List<Warning> warnings) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            String s = Whitespace.strip(v.asString());
            return s.isEmpty() ? null : s;
        }
        warnings.add(new Warning(line, "front matter '" + key + "' must be a single value"));
        return null;
    }

    private static List<String> strings(JsonNode v, String key, int line, List<Warning> warnings) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                String s = text(item, key, line, warnings);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = text(v, key, line, warnings);
            if (s != null) {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private static List<Participant> participants(JsonNode v, int line, List<Warning> warnings) {
        List<Participant> out = new ArrayList<>();
        if (!v.isArray()) {
            warnings.add(new Warning(line, "front matter 'participants' must be a list"));
            return out;
        }
        for (JsonNode item : v) {
            String name;
            String role = null;
            String country = null;
            if (item.isObject()) {
                name = text(item.get("name"), "participants.name", line, warnings);
                role = text(item.get("role"), "participants.role", line, warnings);
                country = text(item.get("country"), "participants.country", line, warnings);
                for (Map.Entry<String, JsonNode> f : item.properties()) {
                    if (!Set.of("name", "role", "country").contains(f.getKey())) {
                        warnings.add(new Warning(line, "unknown participant key '" + f.getKey()
                                + "' (known: name, role, country)"));
                    }
                }
            } else {
                name = text(item, "participants", line, warnings);
            }
            if (name == null || Slugs.slug(name).isEmpty()) {
                warnings.add(new Warning(line, "front matter participant without a name"));
                continue;
            }
            out.add(new Participant(Slugs.slug(name), name, role, country));
        }
        return out;
    }
}
