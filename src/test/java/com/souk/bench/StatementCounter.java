package com.souk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends to the database: every execute of a statement (a batch counts
 * once, as it is one round trip), split into the engine's (its tables start with ACT_) and Souk's own. Wraps the
 * application's DataSource for the benchmark only; the benchmark's own bookkeeping queries use the unwrapped one.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    final AtomicLong souk = new AtomicLong();
    final AtomicLong engine = new AtomicLong();
    private volatile DataSource raw;

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && raw == null) {
            raw = dataSource;
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? proxy(Connection.class, c, this::connection) : result;
            });
        }
        return bean;
    }

    DataSource raw() {
        return raw;
    }

    long total() {
        return souk.get() + engine.get();
    }

    private Object connection(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) (method.getReturnType().isInterface() ? method.getReturnType()
                    : Statement.class);
            return proxy(type, statement, (t, m, a) -> statement(t, m, a, sql));
        }
        return result;
    }

    private Object statement(Object target, Method method, Object[] args, String prepared) throws Throwable {
        if (EXECUTES.contains(method.getName())) {
            String sql = prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "";
            (sql.toLowerCase(Locale.ROOT).contains("act_") ? engine : souk).incrementAndGet();
        }
        return invoke(target, method, args);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
