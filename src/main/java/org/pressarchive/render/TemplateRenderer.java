package org.pressarchive.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one Thymeleaf engine of a build (creating one is expensive; it is thread-safe once built).
 * Templates are named with their extension ({@code release.html}, {@code feed.xml}); {@code *.xml}
 * renders in XML mode, the rest in HTML mode. The user's template folder wins file by file over
 * the default theme in the jar. Each call gets a fresh context with the page's locale.
 */
public final class TemplateRenderer {
    private final TemplateEngine engine;
    private final RenderMemo memo;

    public TemplateRenderer(ThemeFiles theme, MessageBundles messages) {
        this(theme, messages, RenderMemo.NONE);
    }

    /** @param memo pages of the previous build to reuse when their inputs are the same */
    public TemplateRenderer(ThemeFiles theme, MessageBundles messages, RenderMemo memo) {
        this.memo = memo;
        engine = new TemplateEngine();
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

    private byte[] process(String template, String lang, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag(lang), variables);
        StringWriter out = new StringWriter(8192);
        engine.process(template, context, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
