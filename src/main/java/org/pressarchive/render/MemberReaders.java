package org.pressarchive.render;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import ognl.MapPropertyAccessor;
import ognl.ObjectMethodAccessor;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;
import org.thymeleaf.context.IContext;
import org.thymeleaf.util.ExpressionUtils;

/**
 * How {@link FastExpressionEvaluator} reads {@code x.name} and calls {@code x.name(args)} on an
 * object of a given class: the member OGNL would use (asked to OGNL itself, once per class and
 * name), checked as Thymeleaf's OGNL member access checks it, then called without reflection for
 * property reads. Whenever OGNL would do something else than a plain call of a public method
 * (custom property accessors, collections and arrays, {@code Class} objects, contexts, static,
 * non-public or forbidden members, overloads), the answer is {@link #UNHANDLED} and the
 * expression goes to OGNL.
 */
final class MemberReaders {
    private MemberReaders() {
    }

    /** Reads a property (or calls a method) of a target; {@code args} is empty for properties. */
    interface Reader {
        Object read(Object target, Object[] args) throws Exception;
    }

    /** Not something this class does as OGNL would: let OGNL do it. */
    static final Reader UNHANDLED = (target, args) -> {
        throw FastExpressionEvaluator.NOT_HANDLED;
    };

    /** Names that OGNL's {@link MapPropertyAccessor} answers itself instead of {@code Map.get}. */
    private static final Set<String> MAP_SPECIAL = Set.of("size", "keys", "keySet", "values", "isEmpty");

    private static final ClassValue<Map<String, Reader>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Reader> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static final ClassValue<Map<String, Reader>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Reader> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The reader of property {@code name} on objects of the class of {@code target} (not null). */
    static Reader property(Object target, String name) {
        Map<String, Reader> byName = PROPERTIES.get(target.getClass());
        Reader reader = byName.get(name);
        if (reader == null) {
            reader = findProperty(target, name);
            byName.put(name, reader);
        }
        return reader;
    }

    /** The reader calling method {@code name} with {@code arity} arguments on the class of {@code target}. */
    static Reader method(Object target, String name, int arity) {
        Map<String, Reader> byName = METHODS.get(target.getClass());
        String key = arity == 0 ? name : name + '/' + arity;
        Reader reader = byName.get(key);
        if (reader == null) {
            reader = findMethod(target, name, arity);
            byName.put(key, reader);
        }
        return reader;
    }

    private static boolean special(Class<?> type) {
        return IContext.class.isAssignableFrom(type) || type == Class.class || type.isArray();
    }

    private static Reader findProperty(Object target, String name) {
        Class<?> type = target.getClass();
        if (special(type)) {
            return UNHANDLED;
        }
        try {
            PropertyAccessor accessor = OgnlRuntime.getPropertyAccessor(type);
            if (accessor != null && accessor.getClass() == MapPropertyAccessor.class) {
                return MAP_SPECIAL.contains(name) ? UNHANDLED : (t, a) -> ((Map<?, ?>) t).get(name);
            }
            if (accessor == null || accessor.getClass() != ObjectPropertyAccessor.class) {
                return UNHANDLED;
            }
            // What ObjectPropertyAccessor does: the get method, else the read method, else a field.
            Method m = OgnlRuntime.getGetMethod(type, name);
            if (m == null) {
                m = OgnlRuntime.getReadMethod(type, name);
            }
            if (m == null || m.getParameterCount() != 0 || !callable(target, m) || !sameAsBeanGetter(type, name, m)) {
                return UNHANDLED;
            }
            return getter(m);
        } catch (Exception | LinkageError e) {
            return UNHANDLED;
        }
    }

    private static Reader findMethod(Object target, String name, int arity) {
        Class<?> type = target.getClass();
        if (special(type)) {
            return UNHANDLED;
        }
        try {
            if (OgnlRuntime.getMethodAccessor(type).getClass() != ObjectMethodAccessor.class) {
                return UNHANDLED;
            }
            // The methods OGNL's ObjectMethodAccessor chooses from. Only an unambiguous choice is
            // made here: one method of that arity, no varargs, and no overload at all when there
            // are arguments (OGNL then scores argument types).
            List<Method> candidates = OgnlRuntime.getMethods(type, name, false);
            if (candidates == null || candidates.isEmpty() || (arity > 0 && candidates.size() != 1)) {
                return UNHANDLED;
            }
            Method found = null;
            for (Method m : candidates) {
                if (m.isVarArgs()) {
                    return UNHANDLED;
                }
                if (m.getParameterCount() == arity) {
                    if (found != null) {
                        return UNHANDLED;
                    }
                    found = m;
                }
            }
            if (found == null || !callable(target, found)) {
                return UNHANDLED;
            }
            if (arity == 0) {
                return getter(found);
            }
            for (Class<?> p : found.getParameterTypes()) {
                if (p.isPrimitive()) {
                    return UNHANDLED; // OGNL would convert or unbox: its business
                }
            }
            return invoker(found);
        } catch (Exception | LinkageError e) {
            return UNHANDLED;
        }
    }

    /**
     * Whether the JavaBeans read method of the property, if there is one, is {@code m}. Thymeleaf's
     * OGNL shortcut (for expressions that are a bare chain of names) reads properties with the
     * JavaBeans one, full OGNL with {@code m}; where they differ, the answer depends on the form of
     * the expression, so OGNL decides.
     */
    private static boolean sameAsBeanGetter(Class<?> type, String name, Method m) {
        try {
            for (PropertyDescriptor d : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                if (d.getName().equals(name)) {
                    return d.getReadMethod() == null || d.getReadMethod().equals(m);
                }
            }
            return true;
        } catch (IntrospectionException e) {
            return false;
        }
    }

    /**
     * A public instance method, not void, of a public type of an exported package, that Thymeleaf's
     * member access allows on this target (it throws where this says no).
     */
    private static boolean callable(Object target, Method m) {
        Class<?> owner = m.getDeclaringClass();
        int mods = m.getModifiers();
        return Modifier.isPublic(mods) && !Modifier.isStatic(mods) && !m.isBridge()
                && m.getReturnType() != void.class
                && Modifier.isPublic(owner.getModifiers()) && !owner.isHidden()
                && owner.getModule().isExported(owner.getPackageName())
                && (owner.getEnclosingClass() == null || Modifier.isPublic(owner.getEnclosingClass().getModifiers()))
                && !ExpressionUtils.isMemberForbidden(target, m.getName());
    }

    /** A no-argument call compiled to a small class (no reflection when called). */
    @SuppressWarnings("unchecked")
    private static Reader getter(Method m) {
        Function<Object, Object> f;
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle h = lookup.unreflect(m);
            f = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), h,
                    MethodType.methodType(h.type().returnType(), h.type().parameterType(0)).wrap())
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            return invoker(m); // not expected for a public method of an exported public type
        }
        Function<Object, Object> call = f;
        return (t, a) -> call.apply(t);
    }

    private static Reader invoker(Method m) {
        Class<?>[] types = m.getParameterTypes();
        return (t, a) -> {
            for (int i = 0; i < types.length; i++) {
                if (a[i] != null && !types[i].isInstance(a[i])) {
                    throw FastExpressionEvaluator.NOT_HANDLED; // OGNL would convert, or look further
                }
            }
            try {
                return m.invoke(t, a);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        };
    }
}
