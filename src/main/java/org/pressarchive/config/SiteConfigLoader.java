package org.pressarchive.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads {@code site.yaml} with Jackson; an unknown key or a bad value is an error naming it. */
public final class SiteConfigLoader {
    private static final Pattern LANG = Pattern.compile("[a-z]{2}");

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public SiteConfig load(Path file) throws IOException, ConfigException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the YAML text; {@code name} is used in messages. */
    public SiteConfig parse(String name, String yaml) throws ConfigException {
        if (yaml.isBlank()) {
            return SiteConfig.defaults();
        }
        SiteConfig config;
        try {
            config = mapper.readValue(yaml, SiteConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(name + ":" + lineOfKey(yaml, e.getPropertyName(), line(e)) + ": unknown key '"
                    + e.getPropertyName()
                    + "' (known: title, description, baseUrl, languages, publisher)");
        } catch (JacksonException e) {
            throw new ConfigException(name + ":" + line(e) + ": " + e.getOriginalMessage());
        }
        if (config == null) {
            return SiteConfig.defaults();
        }
        validate(name, config);
        return config;
    }

    /** Checks values the YAML types cannot: languages and the base URL. */
    public static void validate(String name, SiteConfig config) throws ConfigException {
        List<String> langs = config.languages();
        for (String l : langs) {
            if (l == null || !LANG.matcher(l).matches()) {
                throw new ConfigException(name + ": languages: '" + l + "' is not an ISO 639-1 code such as fr, en or zh");
            }
        }
        if (langs.stream().distinct().count() != langs.size()) {
            throw new ConfigException(name + ": languages: " + langs + " lists a language twice");
        }
        if (config.baseUrl() != null) {
            try {
                URI uri = new URI(config.baseUrl());
                if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    throw new ConfigException(name + ": baseUrl: '" + config.baseUrl()
                            + "' must be an absolute http(s) address such as https://user.github.io/repo/");
                }
            } catch (URISyntaxException e) {
                throw new ConfigException(name + ": baseUrl: '" + config.baseUrl() + "' is not a valid address");
            }
        }
    }

    /** The line of a top-level {@code key:} in the YAML text, or {@code fallback}. */
    private static int lineOfKey(String yaml, String key, int fallback) {
        Pattern p = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = yaml.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return fallback;
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }
}
