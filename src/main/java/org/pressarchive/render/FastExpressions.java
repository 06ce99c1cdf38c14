package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ognl.OgnlOps;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.expression.IExpressionObjects;

/**
 * Compiles the OGNL expressions of {@link FastExpressionEvaluator} into trees of {@link Node}s. The
 * subset, with OGNL's precedence:
 *
 * <pre>
 * test    := or ('?' test ':' test)?
 * or      := and (('or' | '||') and)*
 * and     := eq (('and' | '&amp;&amp;') eq)*
 * eq      := rel (('==' | '!=') rel)*
 * rel     := sum (('&lt;' | '&gt;' | '&lt;=' | '&gt;=') sum)*
 * sum     := unary ('+' unary)*
 * unary   := '!' unary | chain
 * chain   := primary ('.' name ('(' (test (',' test)*)? ')')?)*
 * primary := variable | '#' name | 'string' | 'c' | integer | true | false | null | '(' test ')'
 * </pre>
 *
 * Anything else (other operators and keywords, indexing, static and constructor calls,
 * projections, empty or escaped string literals, other number forms, non-ASCII names, a
 * method call on the root, {@code #root}/{@code #this}, {@code param}) makes {@link #compile}
 * answer {@code null}: OGNL evaluates it. Operators are computed by {@link OgnlOps} as OGNL's
 * nodes compute them, so their results are OGNL's.
 */
final class FastExpressions {
    private FastExpressions() {
    }

    /** A compiled expression, evaluated against the template context (OGNL's root). */
    interface Node {
        /** @throws RuntimeException {@link FastExpressionEvaluator#NOT_HANDLED} where OGNL must decide */
        Object eval(ITemplateContext context);
    }

    private static final Set<String> KEYWORDS = Set.of("shl", "shr", "ushr", "and", "or", "not", "in",
            "instanceof", "new", "true", "false", "null", "bor", "xor", "band", "eq", "neq", "lt", "lte", "gt",
            "gte");
    /** Variables OGNL or Thymeleaf treat specially. */
    private static final Set<String> SPECIAL_VARIABLES = Set.of("param", "this", "root", "context");

    /** The compiled expression, or {@code null} if it is not in the subset. */
    static Node compile(String expression) {
        try {
            Parser p = new Parser(expression);
            Node n = p.test();
            p.skipSpace();
            return p.pos == expression.length() ? n : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return;
                }
                pos++;
            }
        }

        /** Consumes {@code op} if it comes next (and is not the start of a longer operator). */
        boolean take(String op) {
            skipSpace();
            if (!s.startsWith(op, pos)) {
                return false;
            }
            int end = pos + op.length();
            char last = op.charAt(op.length() - 1);
            if (Character.isLetter(last)) {
                if (end < s.length() && isNamePart(s.charAt(end))) {
                    return false;
                }
            } else if (end < s.length()) {
                char next = s.charAt(end);
                if (next == '=' || (op.equals("|") && next == '|') || (op.equals("&") && next == '&')) {
                    return false; // '<' of '<=', '!' of '!=', '=' of '=='
                }
            }
            pos = end;
            return true;
        }

        Unsupported unsupported() {
            return new Unsupported();
        }

        Node test() throws Unsupported {
            Node condition = or();
            if (take("?")) {
                Node yes = test();
                if (!take(":")) {
                    throw unsupported();
                }
                Node no = test();
                return ctx -> OgnlOps.booleanValue(condition.eval(ctx)) ? yes.eval(ctx) : no.eval(ctx);
            }
            return condition;
        }

        Node or() throws Unsupported {
            Node left = and();
            while (take("||") || take("or")) {
                Node a = left;
                Node b = and();
                left = ctx -> {
                    Object v = a.eval(ctx);
                    return OgnlOps.booleanValue(v) ? v : b.eval(ctx);
                };
            }
            return left;
        }

        Node and() throws Unsupported {
            Node left = eq();
            while (take("&&") || take("and")) {
                Node a = left;
                Node b = eq();
                left = ctx -> {
                    Object v = a.eval(ctx);
                    return OgnlOps.booleanValue(v) ? b.eval(ctx) : v;
                };
            }
            return left;
        }

        Node eq() throws Unsupported {
            Node left = rel();
            while (true) {
                Node a = left;
                if (take("==")) {
                    Node b = rel();
                    left = ctx -> OgnlOps.equal(a.eval(ctx), b.eval(ctx)) ? Boolean.TRUE : Boolean.FALSE;
                } else if (take("!=")) {
                    Node b = rel();
                    left = ctx -> OgnlOps.equal(a.eval(ctx), b.eval(ctx)) ? Boolean.FALSE : Boolean.TRUE;
                } else {
                    return left;
                }
            }
        }

        Node rel() throws Unsupported {
            Node left = sum();
            while (true) {
                Node a = left;
                if (take("<=")) {
                    Node b = sum();
                    left = ctx -> OgnlOps.greater(a.eval(ctx), b.eval(ctx)) ? Boolean.FALSE : Boolean.TRUE;
                } else if (take(">=")) {
                    Node b = sum();
                    left = ctx -> OgnlOps.less(a.eval(ctx), b.eval(ctx)) ? Boolean.FALSE : Boolean.TRUE;
                } else if (take("<")) {
                    Node b = sum();
                    left = ctx -> OgnlOps.less(a.eval(ctx), b.eval(ctx)) ? Boolean.TRUE : Boolean.FALSE;
                } else if (take(">")) {
                    Node b = sum();
                    left = ctx -> OgnlOps.greater(a.eval(ctx), b.eval(ctx)) ? Boolean.TRUE : Boolean.FALSE;
                } else {
                    return left;
                }
            }
        }

        Node sum() throws Unsupported {
            Node left = unary();
            while (take("+")) {
                Node a = left;
                Node b = unary();
                left = ctx -> OgnlOps.add(a.eval(ctx), b.eval(ctx));
            }
            return left;
        }

        Node unary() throws Unsupported {
            if (take("!")) {
                Node n = unary();
                return ctx -> OgnlOps.booleanValue(n.eval(ctx)) ? Boolean.FALSE : Boolean.TRUE;
            }
            return chain();
        }

        Node chain() throws Unsupported {
            skipSpace();
            boolean parenthesized = peek('(');
            Node n = primary();
            if (parenthesized) {
                skipSpace();
                if (peek('.') || peek('[') || peek('(')) {
                    throw unsupported(); // OGNL gives these forms other meanings
                }
                return n;
            }
            while (true) {
                skipSpace();
                if (!peek('.')) {
                    return n;
                }
                pos++;
                skipSpace();
                if (peek('{')) {
                    throw unsupported(); // projection, selection
                }
                String name = name();
                skipSpace();
                if (peek('(')) {
                    pos++;
                    n = call(n, name, arguments());
                } else {
                    n = property(n, name);
                }
            }
        }

        private Node[] arguments() throws Unsupported {
            List<Node> args = new ArrayList<>();
            if (!take(")")) {
                do {
                    args.add(test());
                } while (take(","));
                if (!take(")")) {
                    throw unsupported();
                }
            }
            return args.toArray(new Node[0]);
        }

        Node primary() throws Unsupported {
            skipSpace();
            if (pos >= s.length()) {
                throw unsupported();
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = test();
                if (!take(")")) {
                    throw unsupported();
                }
                return n;
            }
            if (c == '\'') {
                int end = s.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw unsupported();
                }
                String text = s.substring(pos + 1, end);
                if (text.isEmpty() || text.indexOf('\\') >= 0) {
                    throw unsupported(); // escapes
                }
                pos = end + 1;
                // OGNL reads one character in single quotes as a Character
                Object value = text.length() == 1 ? (Object) Character.valueOf(text.charAt(0)) : text;
                return ctx -> value;
            }
            if (c >= '0' && c <= '9') {
                return integer();
            }
            if (c == '#') {
                pos++;
                String name = name();
                if (SPECIAL_VARIABLES.contains(name)) {
                    throw unsupported();
                }
                skipSpace();
                if (peek('(') || peek('[')) {
                    throw unsupported();
                }
                return ctx -> {
                    IExpressionObjects objects = ctx.getExpressionObjects();
                    if (objects == null || !objects.containsObject(name)) {
                        throw FastExpressionEvaluator.NOT_HANDLED; // OGNL's own context variables
                    }
                    return objects.getObject(name);
                };
            }
            int start = pos;
            String name = word();
            switch (name) {
                case "true":
                    return ctx -> Boolean.TRUE;
                case "false":
                    return ctx -> Boolean.FALSE;
                case "null":
                    return ctx -> null;
                default:
                    break;
            }
            pos = start;
            name = name();
            skipSpace();
            if (SPECIAL_VARIABLES.contains(name) || peek('(') || peek('[')) {
                throw unsupported(); // a method of the context, indexing
            }
            String variable = name;
            return ctx -> {
                if (!CONTEXT_PROPERTIES.get(ctx.getClass())) {
                    throw FastExpressionEvaluator.NOT_HANDLED;
                }
                return ctx.getVariable(variable);
            };
        }

        private Node integer() throws Unsupported {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            String digits = s.substring(start, pos);
            if (pos < s.length() && (isNamePart(s.charAt(pos)) || s.charAt(pos) == '.')
                    || (digits.length() > 1 && digits.charAt(0) == '0') || digits.length() > 9) {
                throw unsupported(); // suffixes, decimals, octal, beyond int
            }
            Integer value = Integer.valueOf(digits);
            return ctx -> value;
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        /** A name that is not a keyword. */
        private String name() throws Unsupported {
            String w = word();
            if (KEYWORDS.contains(w)) {
                throw unsupported();
            }
            return w;
        }

        private String word() throws Unsupported {
            int start = pos;
            if (pos >= s.length() || !isNameStart(s.charAt(pos))) {
                throw unsupported();
            }
            pos++;
            while (pos < s.length() && isNamePart(s.charAt(pos))) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) >= 0x80) {
                throw unsupported();
            }
            return s.substring(start, pos);
        }
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /** Whether OGNL reads the properties of this context class as variables (Thymeleaf's accessor). */
    private static final ClassValue<Boolean> CONTEXT_PROPERTIES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                PropertyAccessor accessor = OgnlRuntime.getPropertyAccessor(type);
                return accessor != null && accessor.getClass().getName()
                        .equals("org.thymeleaf.standard.expression.OGNLContextPropertyAccessor");
            } catch (Exception e) {
                return false;
            }
        }
    };

    private static Node property(Node target, String name) {
        return new Member(target, name, null);
    }

    private static Node call(Node target, String name, Node[] args) {
        return new Member(target, name, args);
    }

    /**
     * The class a node last read from and its reader: most nodes only ever see one class. (Kept
     * without synchronization: a record's fields are final, so a thread sees a whole pair or none.)
     */
    private record Site(Class<?> type, MemberReaders.Reader reader) {
    }

    /** {@code target.name}, or {@code target.name(args)} when {@code args} is not null. */
    private static final class Member implements Node {
        private final Node target;
        private final String name;
        private final Node[] args;
        private Site site;

        Member(Node target, String name, Node[] args) {
            this.target = target;
            this.name = name;
            this.args = args;
        }

        @Override
        public Object eval(ITemplateContext ctx) {
            Object t = target.eval(ctx);
            if (t == null) {
                throw FastExpressionEvaluator.NOT_HANDLED; // OGNL: "source is null for getProperty(null, ...)"
            }
            Object[] values = NO_ARGS;
            if (args != null && args.length > 0) {
                values = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    values[i] = args[i].eval(ctx); // OGNL evaluates arguments against the root
                }
            }
            Site last = site;
            MemberReaders.Reader reader;
            if (last != null && last.type == t.getClass()) {
                reader = last.reader;
            } else {
                reader = args == null ? MemberReaders.property(t, name) : MemberReaders.method(t, name, args.length);
                site = new Site(t.getClass(), reader);
            }
            try {
                return reader.read(t, values);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw FastExpressionEvaluator.NOT_HANDLED; // a checked exception: OGNL reports it
            }
        }
    }

    private static final Object[] NO_ARGS = new Object[0];
}
