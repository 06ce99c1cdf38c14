package org.pressarchive.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.VariableExpression;
import org.thymeleaf.templatemode.TemplateMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link FastExpressionEvaluator} gives OGNL's value for each form it handles (evaluated without
 * OGNL: the fallback counter stays still), on records, beans, maps and nulls, with and without
 * conversion to String; hands everything else to OGNL, which then gives the same value or error
 * as with OGNL alone; and leaves restricted contexts to OGNL's checks.
 */
public class FastExpressionEvaluatorTest {
    public record Item(String title, Item next, int n, boolean flag, List<String> tags, Map<String, Object> map) {
        public String shout() {
            return title == null ? null : title.toUpperCase(Locale.ROOT);
        }

        public String join(String a, String b) {
            return a + "|" + b;
        }

        public String over(String a) {
            return a;
        }

        public String over(Integer a) {
            return "i" + a;
        }

        public String getLabel() {
            return "label:" + title;
        }

        public String boom() {
            throw new IllegalStateException("boom");
        }
    }

    public static class Bean {
        private final String name;
        private final Bean child;

        public Bean(String name, Bean child) {
            this.name = name;
            this.child = child;
        }

        public String getName() {
            return name;
        }

        public boolean isActive() {
            return name != null;
        }

        public Bean getChild() {
            return child;
        }

        public int count() {
            return 3;
        }

        public boolean isDual() {
            return true;
        }

        public Boolean getDual() {
            return Boolean.FALSE;
        }
    }

    record Hidden(String title) {
    }

    static TemplateEngine engine;
    static EngineContext context;
    static IStandardVariableExpressionEvaluator ognl;
    static FastExpressionEvaluator fast;
    static final AtomicInteger fallbacks = new AtomicInteger();

    @BeforeAll
    static void setUp() {
        engine = new TemplateEngine();
        MessageBundles messages = new MessageBundles(new ThemeFiles(null), List.of("fr"));
        engine.addDialect(new HtmlDialect(messages, new TemplateRenderer(new ThemeFiles(null), messages)));
        ognl = new StandardDialect().getVariableExpressionEvaluator();
        fast = new FastExpressionEvaluator(new IStandardVariableExpressionEvaluator() {
            @Override
            public Object evaluate(IExpressionContext c, IStandardVariableExpression e,
                    StandardExpressionExecutionContext x) {
                fallbacks.incrementAndGet();
                return ognl.evaluate(c, e, x);
            }
        });
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", "A");
        map.put("size", "not the size");
        map.put("nested", new Bean("nb", null));
        map.put("nothing", null);
        Item second = new Item("second", null, 0, false, List.of(), Map.of());
        Item first = new Item("first", second, 42, true, List.of("x", "y"), map);
        Map<String, Object> vars = new HashMap<>();
        vars.put("r", first);
        vars.put("empty", new Item(null, null, 0, false, null, null));
        vars.put("b", new Bean("bob", new Bean(null, null)));
        vars.put("m", map);
        vars.put("list", new ArrayList<>(List.of("p", "q")));
        vars.put("s", "text");
        vars.put("zero", 0);
        vars.put("hidden", new Hidden("h"));
        vars.put("thread", Thread.currentThread());
        vars.put("nil", null);
        TemplateData data = new TemplateData("test", null, null, TemplateMode.HTML,
                AlwaysValidCacheEntryValidity.INSTANCE);
        context = new EngineContext(engine.getConfiguration(), data, Map.of(), Locale.FRENCH, vars);
    }

    private static Object run(IStandardVariableExpressionEvaluator evaluator, String exp,
            StandardExpressionExecutionContext exec) {
        return evaluator.evaluate(context, new VariableExpression(exp), exec);
    }

    /** The value or the exception of an evaluation. */
    private static Object outcome(IStandardVariableExpressionEvaluator evaluator, String exp,
            StandardExpressionExecutionContext exec) {
        try {
            return run(evaluator, exp, exec);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"r", "nil", "undefined", "r.title", "r.n", "r.flag", "r.tags", "r.next.title",
            "r.next.next", "r.shout()", "r.next.shout()", "empty.shout()", "r.label", "r.getLabel()",
            "r.map.a", "r.map.nested.name", "r.map.nothing", "m.a", "m.nested.active", "b.name", "b.active",
            "b.child.name", "b.child.active", "b.count()", "r.title != null", "r.title == null", "nil == null",
            "empty.title != null", "r.n == 42", "r.n != 42", "zero == null", "s == 'text'", "!r.flag",
            "!empty.title", "!zero", "!s", "!nil", "r.flag and r.title", "r.flag && nil", "empty.flag and s",
            "empty.flag or s", "nil or r.title", "r.title or s", "nil || zero", "'voice ' + r.title",
            "'(' + r.n + ')'", "'xx' + nil + 'y'", "r.n + 1", "r.n + zero", "'ab' + r.next.title + ' cd'",
            "r.title == null ? 'none' : r.title + ' — ' + r.next.title", "nil == null ? r.n : s", "zero ? 'a' : 'b'",
            "s ? 'a' : 'b'", "'x'", "'#' + r.n", "#lists.isEmpty(r.tags)", "!#lists.isEmpty(r.next.tags)", "#lists.isEmpty(nil)",
            "#lists.size(r.tags) > 1", "#lists.size(r.tags) >= 2", "#lists.size(r.tags) < 1", "r.n <= 42",
            "#strings.isEmpty(r.title)", "!#strings.isEmpty(empty.title)", "#strings.toUpperCase(s)",
            "r.join('a1', s)", "r.join(nil, r.title)", "(r.title)", "(nil == null) and (r.n > 1)",
            "  r . title  ", "true", "false", "null", "r.flag == true", "r.n > 9", "r.n > 100000"})
    void handledFormsGiveOgnlValues(String exp) {
        assertThat(FastExpressions.compile(exp)).as("compiled").isNotNull();
        for (StandardExpressionExecutionContext exec : List.of(StandardExpressionExecutionContext.NORMAL,
                StandardExpressionExecutionContext.NORMAL.withTypeConversion())) {
            int before = fallbacks.get();
            Object expected = run(ognl, exp, exec);
            Object actual = run(fast, exp, exec);
            assertThat(actual).as(exp).isEqualTo(expected);
            if (expected != null) {
                assertThat(actual).as(exp).hasSameClassAs(expected);
            }
            assertThat(fallbacks.get()).as("no fallback for " + exp).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"r.tags.size", "list.size()", "r.tags[0]", "list[1]", "m['a']", "m.size",
            "m.isEmpty", "r.over('a')", "r.over(1)", "#lists.isEmpty(s)", "r.title.length()", "s.length()",
            "''", "'a\\'b'", "'x' + nil", "r.n - 1", "r.n * 2", "-r.n", "not r.flag", "r.n eq 42", "r.n in {1, 42}",
            "#root.variableNames", "#this", "#ctx.locale", "#vars.r", "#locale.language",
            "@java.lang.Math@max(1, 2)", "hidden.title", "r.tags.{#this}", "r.n gt 1", "010 + 1", "1L", "1.5",
            "r.title = 'x'", "r.title, s", "r.next.next.title", "nil.x", "nil.shout()", "r.boom()", "r.nothing",
            "thread.name", "thread.name == null", "thread.getName()", "r.getClass().getName()", "r.getClass().getClassLoader()", "r.class.name",
            "#messages.msgOrNull('x')", "#html", "b.dual", "b.dual == true", "!b.dual"})
    void otherFormsGoToOgnl(String exp) {
        for (StandardExpressionExecutionContext exec : List.of(StandardExpressionExecutionContext.NORMAL,
                StandardExpressionExecutionContext.NORMAL.withTypeConversion())) {
            Object expected = outcome(ognl, exp, exec);
            Object actual = outcome(fast, exp, exec);
            if (expected instanceof String message && message.startsWith(TemplateProcessingException.class.getName())) {
                assertThat(actual).as(exp).isEqualTo(expected);
            } else {
                assertThat(String.valueOf(actual)).as(exp).isEqualTo(String.valueOf(expected));
            }
        }
    }

    @Test
    void nullInAChainIsOgnlsError() {
        Throwable e = catchThrowable(() -> run(fast, "r.next.next.title", StandardExpressionExecutionContext.NORMAL));
        assertThat(e).isInstanceOf(TemplateProcessingException.class);
        assertThat(e.getCause()).hasMessageContaining("source is null for getProperty(null, \"title\")");
    }

    @Test
    void forbiddenMembersAreRefusedAsByOgnl() {
        // (OGNL's own shortcut for plain property chains reads "thread.name" without that check; the
        // fast evaluator hands forbidden members to OGNL, so it does the same)
        assertThatThrownBy(() -> run(fast, "thread.getName()", StandardExpressionExecutionContext.NORMAL))
                .isInstanceOf(TemplateProcessingException.class)
                .cause().hasMessageContaining("forbidden");
        assertThatThrownBy(() -> run(fast, "thread.name == null", StandardExpressionExecutionContext.NORMAL))
                .isInstanceOf(TemplateProcessingException.class);
        assertThatThrownBy(() -> run(fast, "r.getClass().getClassLoader()", StandardExpressionExecutionContext.NORMAL))
                .isInstanceOf(TemplateProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@java.lang.Runtime@getRuntime()", "new java.lang.Object()", "param.x",
            "#ctx.getVariable('r')", "T(java.lang.Runtime).getRuntime()"})
    void restrictedContextsRefuseWhatThymeleafRefuses(String exp) {
        Object expected = outcome(ognl, exp, StandardExpressionExecutionContext.RESTRICTED);
        assertThat(expected).asString().startsWith(TemplateProcessingException.class.getName());
        assertThat(outcome(fast, exp, StandardExpressionExecutionContext.RESTRICTED)).isEqualTo(expected);
    }

    @Test
    void restrictedContextsEvaluatePlainExpressionsFastAndTheRestThroughOgnl() {
        int before = fallbacks.get();
        for (String exp : List.of("r.title", "r.next.title", "r.title != null", "r.n > 1 ? r.title : s")) {
            assertThat(run(fast, exp, StandardExpressionExecutionContext.RESTRICTED)).as(exp)
                    .isEqualTo(run(ognl, exp, StandardExpressionExecutionContext.RESTRICTED));
        }
        assertThat(fallbacks.get()).as("no fallback").isEqualTo(before);
        // with an expression object, OGNL decides (what it allows there is its business)
        assertThat(run(fast, "#lists.isEmpty(list)", StandardExpressionExecutionContext.RESTRICTED))
                .isEqualTo(run(ognl, "#lists.isEmpty(list)", StandardExpressionExecutionContext.RESTRICTED));
        assertThat(fallbacks.get()).as("through OGNL").isEqualTo(before + 1);
        // this tool's own expression objects are plain objects there: the fast path
        assertThat(run(fast, "#html.releases(r.next.tags)", StandardExpressionExecutionContext.RESTRICTED))
                .isEqualTo(run(ognl, "#html.releases(r.next.tags)", StandardExpressionExecutionContext.RESTRICTED));
        assertThat(fallbacks.get()).as("no fallback for #html").isEqualTo(before + 1);
        assertThat(FastExpressionEvaluator.onlyOwnObjects("#html.releases(list)")).isTrue();
        assertThat(FastExpressionEvaluator.onlyOwnObjects("#once.render('x :: y(z)', a) + #html.x(b)")).isTrue();
        assertThat(FastExpressionEvaluator.onlyOwnObjects("#htmlx.y")).isFalse();
        assertThat(FastExpressionEvaluator.onlyOwnObjects("#html.x(#ctx)")).isFalse();
        assertThat(FastExpressionEvaluator.onlyOwnObjects("#once.render('a', #request)")).isFalse();
    }

    @Test
    void compiledOnceAndKeptOnTheExpression() {
        VariableExpression e = new VariableExpression("r.next.title");
        assertThat(fast.evaluate(context, e, StandardExpressionExecutionContext.NORMAL)).isEqualTo("second");
        Object cached = e.getCachedExpression();
        assertThat(cached).isInstanceOf(FastExpressionEvaluator.Compiled.class);
        assertThat(fast.evaluate(context, e, StandardExpressionExecutionContext.NORMAL)).isEqualTo("second");
        assertThat(e.getCachedExpression()).isSameAs(cached);
        // a fallback keeps OGNL's parse on a copy, not on the expression
        VariableExpression other = new VariableExpression("r.tags[1]");
        assertThat(fast.evaluate(context, other, StandardExpressionExecutionContext.NORMAL)).isEqualTo("y");
        assertThat(fast.evaluate(context, other, StandardExpressionExecutionContext.NORMAL)).isEqualTo("y");
        assertThat(other.getCachedExpression()).isInstanceOf(FastExpressionEvaluator.Compiled.class);
    }

    @Test
    void theRendererUsesIt() {
        assertThat(FastExpressionEvaluator.standardDialect().getVariableExpressionEvaluator())
                .isInstanceOf(FastExpressionEvaluator.class);
    }
}
