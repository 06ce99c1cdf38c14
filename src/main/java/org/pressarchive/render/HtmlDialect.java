package org.pressarchive.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates the expression objects {@code #html}: the {@link ListHtml} of the page's locale,
 * which writes the items of long lists (e.g. {@code th:utext="${#html.releases(list)}"}), and
 * {@code #once}: the {@link OnceFragments} of the page's locale, which renders a fragment once for
 * many pages.
 */
final class HtmlDialect extends AbstractDialect implements IExpressionObjectDialect {
    static final String NAME = "html";
    static final String ONCE = "once";

    private final MessageBundles messages;
    private final TemplateRenderer renderer;
    private final Map<Locale, ListHtml> byLocale = new ConcurrentHashMap<>();
    private final Map<Locale, OnceFragments> onceByLocale = new ConcurrentHashMap<>();

    HtmlDialect(MessageBundles messages, TemplateRenderer renderer) {
        super("press-archive html");
        this.messages = messages;
        this.renderer = renderer;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME, ONCE);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                if (NAME.equals(name)) {
                    return byLocale.computeIfAbsent(context.getLocale(), l -> new ListHtml(messages, l));
                }
                return ONCE.equals(name)
                        ? onceByLocale.computeIfAbsent(context.getLocale(), l -> new OnceFragments(renderer, l)) : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
