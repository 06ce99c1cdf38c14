package org.pressarchive.render;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.expression.VariableExpression;
import org.thymeleaf.standard.util.StandardExpressionUtils;

/**
 * Evaluates the common {@code ${...}} expressions of templates without OGNL's interpretation and
 * reflection, with the same results: chains of variables, properties and method calls, literals,
 * {@code ! == != < > <= >= + and or ?:} (computed by OGNL's own {@code OgnlOps}, so with its
 * semantics) and methods of expression objects such as {@code #lists.isEmpty(x)}. Each expression
 * is compiled once ({@link FastExpressions}), the compiled form kept on the parsed
 * {@link VariableExpression}; members are resolved once per class ({@link MemberReaders}).
 *
 * <p>Restricted contexts (Thymeleaf evaluates {@code th:href}, {@code th:src}, {@code th:utext} and
 * fragment parameters so) take the fast path too when the expression uses no expression object
 * ({@code #}) and nothing Thymeleaf restricts there (object creation, static access, request
 * parameters: {@code StandardExpressionUtils.containsExternalAccess}). What OGNL's restricted mode
 * adds is refusing those, which such an expression does not do; member access is checked the same
 * way in both modes, and the fast path applies those checks itself.
 *
 * <p>Everything else goes to Thymeleaf's OGNL evaluator, which keeps the last word: expressions the
 * compiler does not know, selection expressions {@code *{...}}, restricted expressions using
 * other expression objects or external access (so that Thymeleaf's checks apply), and any evaluation that meets a case handled differently by OGNL
 * (null in a chain, which OGNL reports as an error; a collection, array, class or context whose
 * member is read; a forbidden, non-public or overloaded member; any exception).
 */
final class FastExpressionEvaluator implements IStandardVariableExpressionEvaluator {
    /** Thrown (without a stack) to hand an evaluation over to OGNL. */
    static final RuntimeException NOT_HANDLED = new RuntimeException("not handled", null, false, false) {
    };

    private final IStandardVariableExpressionEvaluator ognl;

    /** @param ognl Thymeleaf's evaluator, for everything not handled here */
    FastExpressionEvaluator(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    /** A StandardDialect whose variable expressions are evaluated by this class (OGNL as the fallback). */
    static StandardDialect standardDialect() {
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new FastExpressionEvaluator(dialect.getVariableExpressionEvaluator()));
        return dialect;
    }

    /**
     * What is kept on a {@link VariableExpression}: the compiled form ({@code null} if the compiler
     * does not know the expression) and a copy of the expression for OGNL, which keeps its own
     * parsed form on it (it would otherwise replace this one on the original).
     */
    record Compiled(FastExpressions.Node node, VariableExpression forOgnl, boolean restrictable) {
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        if (!(expression instanceof VariableExpression variable) || variable.getExpression() == null) {
            return ognl.evaluate(context, expression, expContext);
        }
        Compiled compiled = compiled(variable);
        boolean restricted = expContext.getRestrictVariableAccess() || expContext.getRestrictExternalAccess();
        if (compiled.node != null && context instanceof ITemplateContext template
                && (!restricted || compiled.restrictable)) {
            Object result;
            boolean done;
            try {
                result = compiled.node.eval(template);
                done = true;
            } catch (RuntimeException e) {
                // NOT_HANDLED, or an error: OGNL evaluates again and reports errors its own way
                result = null;
                done = false;
            }
            if (done) {
                if (!expContext.getPerformTypeConversion()) {
                    return result;
                }
                return StandardExpressions.getConversionService(context.getConfiguration())
                        .convert(context, result, String.class);
            }
        }
        return ognl.evaluate(context, compiled.forOgnl, expContext);
    }

    private static Compiled compiled(VariableExpression variable) {
        if (variable.getCachedExpression() instanceof Compiled c) {
            return c;
        }
        String exp = variable.getExpression();
        Compiled c = new Compiled(FastExpressions.compile(exp),
                new VariableExpression(exp, variable.getConvertToString()),
                onlyOwnObjects(exp) && !StandardExpressionUtils.containsExternalAccess(exp));
        variable.setCachedExpression(c);
        return c;
    }

    /**
     * Whether every {@code #} of the expression names one of this tool's own expression objects
     * ({@link HtmlDialect}: {@code #html}, {@code #once}), which Thymeleaf's restricted mode treats
     * like any variable: no expression object at all, or only those. ({@code th:utext} is
     * restricted, and list pages place their lists with {@code #html}, every page its site bar with
     * {@code #once}: through OGNL, each cost more than the rest of the expressions of a page.)
     */
    static boolean onlyOwnObjects(String exp) {
        for (int i = exp.indexOf('#'); i >= 0; i = exp.indexOf('#', i + 1)) {
            if (!ownObjectAt(exp, i + 1, HtmlDialect.NAME) && !ownObjectAt(exp, i + 1, HtmlDialect.ONCE)) {
                return false;
            }
        }
        return true;
    }

    /** {@code name} at {@code at}, followed by a {@code .} (a member of the object, not a longer name). */
    private static boolean ownObjectAt(String exp, int at, String name) {
        return exp.startsWith(name, at) && exp.startsWith(".", at + name.length());
    }

    @Override
    public String toString() {
        return "fast, else " + ognl;
    }
}
