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
 * Gives templates the expression object {@code #html}: the {@link ListHtml} of the page's locale,
 * which writes the items of long lists (e.g. {@code th:utext="${#html.releases(list)}"}).
 */
final class HtmlDialect extends AbstractDialect implements IExpressionObjectDialect {
    static final String NAME = "html";

    private final MessageBundles messages;
    private final Map<Locale, ListHtml> byLocale = new ConcurrentHashMap<>();

    HtmlDialect(MessageBundles messages) {
        super("press-archive html");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NAME.equals(name) ? byLocale.computeIfAbsent(context.getLocale(), l -> new ListHtml(messages, l))
                        : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
