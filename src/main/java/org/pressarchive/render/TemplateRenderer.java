package org.pressarchive.render;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one Thymeleaf engine of a build (creating one is expensive; it is thread-safe once built).
 * Templates are named with their extension ({@code release.html}, {@code feed.xml}); {@code *.xml}
 * renders in XML mode, the rest in HTML mode. The user's template folder wins file by file over
 * the default theme in the jar. Each call gets a fresh context with the page's locale. Templates
 * also have the expression object {@code #html} ({@link ListHtml}), which writes long lists.
 *
 * <p>Parsed templates and expressions are cached for the whole build (the expression cache is
 * sized for every expression of the theme, so that none is parsed twice), and the output is
 * encoded to UTF-8 as it is written, into a buffer each thread reuses from page to page.
 *
 * <p>Variable expressions {@code ${...}} are evaluated by {@link FastExpressionEvaluator}: the
 * common forms compiled once and run without OGNL, everything else by Thymeleaf's OGNL evaluator.
 */
public final class TemplateRenderer {
    /** Room for every expression of a theme (the default one has about 500, counting OGNL trees). */
    static final int EXPRESSION_CACHE = 4096;
    /** Pages, fragments and their selections. */
    static final int TEMPLATE_CACHE = 512;
    /** A thread's buffer is kept for its next page unless a page made it larger than this. */
    static final int KEEP_BUFFER = 1 << 20;
    private static final ThreadLocal<Utf8Buffer> BUFFERS = new ThreadLocal<>();

    private final TemplateEngine engine;
    private final RenderMemo memo;
    private final Map<String, Locale> locales = new ConcurrentHashMap<>();
    /** The markup of {@link OnceFragments}' fragments, by fragment, locale and value. */
    private final Map<OnceKey, String> once = new ConcurrentHashMap<>();
    /** Distinct fragment values kept (a few per language and folder are expected; beyond, not kept). */
    static final int ONCE_ENTRIES = 1024;

    private record OnceKey(String fragment, Locale locale, Object value) {
    }

    public TemplateRenderer(ThemeFiles theme, MessageBundles messages) {
        this(theme, messages, RenderMemo.NONE);
    }

    /** @param memo pages of the previous build to reuse when their inputs are the same */
    public TemplateRenderer(ThemeFiles theme, MessageBundles messages, RenderMemo memo) {
        this.memo = memo;
        engine = new TemplateEngine();
        StandardCacheManager caches = new StandardCacheManager();
        caches.setExpressionCacheMaxSize(EXPRESSION_CACHE);
        caches.setExpressionCacheInitialSize(EXPRESSION_CACHE / 4);
        caches.setTemplateCacheMaxSize(TEMPLATE_CACHE);
        engine.setCacheManager(caches);
        int order = 1;
        if (theme.overrideDir().isPresent()) {
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(theme.overrideDir().get().toAbsolutePath() + "/");
            configure(user, order++);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver builtin = new ClassLoaderTemplateResolver(TemplateRenderer.class.getClassLoader());
        builtin.setPrefix(ThemeFiles.CLASSPATH_ROOT);
        configure(builtin, order);
        engine.addTemplateResolver(builtin);
        engine.setMessageResolver(messages);
        engine.setDialect(FastExpressionEvaluator.standardDialect());
        engine.addDialect(new HtmlDialect(messages, this));
    }

    private static void configure(AbstractConfigurableTemplateResolver r, int order) {
        r.setOrder(order);
        r.setCharacterEncoding("UTF-8");
        r.setTemplateMode(TemplateMode.HTML);
        r.getXmlTemplateModePatternSpec().addPattern("*.xml");
        r.setCheckExistence(true);
        r.setCacheable(true);
    }

    /** Renders {@code template} for a page in {@code lang} with the given variables, as UTF-8 bytes. */
    public byte[] render(String template, String lang, Map<String, Object> variables) {
        if (UNMEMOIZED.get()) {
            return process(template, lang, variables);
        }
        return memo.render(template, lang, variables, () -> process(template, lang, variables));
    }

    /**
     * Runs {@code render} with the memo off on this thread: for the content of a task keyed on its
     * inputs ({@link RenderTask#key()}), which the build already reuses without rendering when the
     * key is unchanged, so computing memo keys would only cost time.
     */
    public byte[] unmemoized(java.util.function.Supplier<byte[]> render) {
        boolean was = UNMEMOIZED.get();
        UNMEMOIZED.set(true);
        try {
            return render.get();
        } finally {
            UNMEMOIZED.set(was);
        }
    }

    private static final ThreadLocal<Boolean> UNMEMOIZED = ThreadLocal.withInitial(() -> false);

    /**
     * Bytes made by {@code make} from {@code inputs} alone (immutable records), reused from the
     * previous build when the same inputs gave them there; {@code kind} names the function.
     */
    public byte[] memoized(String kind, Object inputs, java.util.function.Supplier<byte[]> make) {
        if (UNMEMOIZED.get()) {
            return make.get();
        }
        return memo.render(kind, "", Map.of("inputs", inputs), make);
    }

    /**
     * The markup of {@code fragment} ({@code template :: name(parameter)}) in {@code locale} with
     * its parameter bound to {@code value}, rendered once and then reused (see {@link OnceFragments}).
     */
    String once(String fragment, Locale locale, Object value) {
        OnceKey key = new OnceKey(fragment, locale, value);
        String markup = once.get(key);
        if (markup == null) {
            markup = renderFragment(fragment, locale, value);
            if (once.size() < ONCE_ENTRIES) {
                once.put(key, markup);
            }
        }
        return markup;
    }

    private String renderFragment(String fragment, Locale locale, Object value) {
        int sep = fragment.indexOf("::");
        int open = fragment.indexOf('(', sep + 2);
        int close = fragment.lastIndexOf(')');
        if (sep < 0 || open < 0 || close < open) {
            throw new IllegalArgumentException("not 'template :: name(parameter)': " + fragment);
        }
        String template = fragment.substring(0, sep).strip();
        String name = fragment.substring(sep + 2, open).strip();
        String parameter = fragment.substring(open + 1, close).strip();
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(parameter, value);
        java.io.StringWriter out = new java.io.StringWriter(2048);
        // Rendered alone, a selected fragment's parameters are plain variables of the context.
        engine.process(new org.thymeleaf.TemplateSpec(template, java.util.Set.of(name), (TemplateMode) null, null),
                new Context(locale, variables), out);
        return out.toString();
    }

    private byte[] process(String template, String lang, Map<String, Object> variables) {
        Context context = new Context(locales.computeIfAbsent(lang, Locale::forLanguageTag), variables);
        Utf8Buffer out = BUFFERS.get();
        if (out == null) {
            out = new Utf8Buffer(32 * 1024);
        } else {
            BUFFERS.remove(); // in use: a page rendered from inside this one would get its own
        }
        engine.process(template, context, out);
        byte[] bytes = out.take();
        if (out.capacity() <= KEEP_BUFFER) {
            BUFFERS.set(out);
        }
        return bytes;
    }
}
