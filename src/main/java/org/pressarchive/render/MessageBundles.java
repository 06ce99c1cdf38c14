package org.pressarchive.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Interface strings from {@code i18n/messages_<lang>.properties} (UTF-8): the default theme's
 * bundle, with the user's override applied key by key. A language without a bundle falls back to
 * English. Used by templates ({@code #{key}}) and by Java code that needs a string.
 */
public final class MessageBundles implements IMessageResolver {
    static final String FALLBACK = "en";

    private final Map<String, Map<String, String>> bundles;

    public MessageBundles(ThemeFiles theme, List<String> languages) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String lang : languages) {
            all.put(lang, load(theme, lang));
        }
        if (!all.containsKey(FALLBACK)) {
            all.put(FALLBACK, load(theme, FALLBACK));
        }
        this.bundles = Map.copyOf(all);
    }

    private static Map<String, String> load(ThemeFiles theme, String lang) {
        String name = "i18n/messages_" + lang + ".properties";
        Map<String, String> out = new HashMap<>();
        theme.defaultFile(name).ifPresent(b -> out.putAll(parse(name, b)));
        theme.overrideFile(name).ifPresent(b -> out.putAll(parse(name, b)));
        return Map.copyOf(out);
    }

    private static Map<String, String> parse(String name, byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("cannot read message bundle " + name + ": " + e.getMessage(), e));
        }
        Map<String, String> m = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }

    /** The message {@code key} in {@code lang}, formatted with {@code args}; empty if no bundle has it. */
    public Optional<String> message(String lang, String key, Object... args) {
        String pattern = bundles.getOrDefault(lang, Map.of()).get(key);
        if (pattern == null) {
            pattern = bundles.get(FALLBACK).get(key);
        }
        if (pattern == null) {
            return Optional.empty();
        }
        if (args == null || args.length == 0) {
            return Optional.of(pattern);
        }
        return Optional.of(new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args));
    }

    /** Like {@link #message} but fails loudly on a missing key: a theme bug, not a content problem. */
    public String require(String lang, String key, Object... args) {
        return message(lang, key, args).orElseThrow(() -> new IllegalStateException(
                "message '" + key + "' is missing from i18n/messages_" + lang + ".properties"));
    }

    @Override
    public String getName() {
        return "press-archive bundles";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return message(context.getLocale().getLanguage(), key, messageParameters).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] messageParameters) {
        throw new IllegalStateException("message '" + key + "' is missing for language " + context.getLocale().getLanguage());
    }
}
