package org.pressarchive.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Interface strings from {@code i18n/messages_<lang>.properties} (UTF-8): the default theme's
 * bundle, with the user's override applied key by key. A language without a bundle falls back to
 * English. Used by templates ({@code #{key}}) and by Java code that needs a string.
 *
 * <p>Pages ask for the same few messages thousands of times, so each thread keeps the parsed
 * {@link MessageFormat} of every (language, key) it formatted ({@code MessageFormat} is not
 * thread-safe), and a message formatted with numbers only (counts, paragraph numbers) is kept
 * once formatted, up to {@link #MAX_FORMATTED} of them.
 */
public final class MessageBundles implements IMessageResolver {
    static final String FALLBACK = "en";
    /** How many messages formatted with numbers are kept for reuse. */
    static final int MAX_FORMATTED = 50_000;

    private final Map<String, Map<String, String>> bundles;
    private final Map<String, Locale> locales = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);
    private final Map<List<Object>, String> formatted = new ConcurrentHashMap<>();

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
        return Optional.of(format(lang, key, pattern, args));
    }

    /** {@code new MessageFormat(pattern, locale).format(args)}, with the parse and the result reused. */
    private String format(String lang, String key, String pattern, Object[] args) {
        List<Object> cacheKey = numbersOnly(args) ? cacheKey(lang, key, args) : null;
        if (cacheKey != null) {
            String done = formatted.get(cacheKey);
            if (done != null) {
                return done;
            }
        }
        MessageFormat f = formats.get().computeIfAbsent(lang + '\0' + key,
                k -> new MessageFormat(pattern, locales.computeIfAbsent(lang, Locale::forLanguageTag)));
        String out = f.format(args);
        if (cacheKey != null && formatted.size() < MAX_FORMATTED) {
            formatted.put(cacheKey, out);
        }
        return out;
    }

    private static boolean numbersOnly(Object[] args) {
        for (Object a : args) {
            if (!(a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte)) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> cacheKey(String lang, String key, Object[] args) {
        Object[] k = new Object[args.length + 2];
        k[0] = lang;
        k[1] = key;
        System.arraycopy(args, 0, k, 2, args.length);
        return Arrays.asList(k);
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
