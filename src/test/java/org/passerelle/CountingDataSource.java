package org.passerelle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what its callers send through JDBC: statements executed, and the transaction control
 * that costs a round trip too (autocommit switched off, commit, rollback). For code that talks JDBC directly, where
 * Hibernate's statistics see nothing.
 */
public final class CountingDataSource {

    private final DataSource dataSource;
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger transactionControl = new AtomicInteger();

    public CountingDataSource(DataSource target) {
        this.dataSource = proxy(
                DataSource.class,
                target,
                (method, result) -> result instanceof Connection connection
                        ? proxy(Connection.class, connection, this::connectionCalled)
                        : result);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int statements() {
        return statements.get();
    }

    /** Autocommit switched off, commits and rollbacks. */
    public int transactionControl() {
        return transactionControl.get();
    }

    public void reset() {
        statements.set(0);
        transactionControl.set(0);
    }

    private Object connectionCalled(Method method, Object result) {
        switch (method.getName()) {
            case "commit", "rollback" -> transactionControl.incrementAndGet();
            default -> {}
        }
        if (result instanceof Statement statement) {
            Class<? extends Statement> type = method.getName().equals("prepareStatement")
                    ? PreparedStatement.class
                    : method.getName().equals("prepareCall") ? CallableStatement.class : Statement.class;
            return proxy(type, statement, (called, value) -> {
                if (called.getName().startsWith("execute")) {
                    statements.incrementAndGet();
                }
                return value;
            });
        }
        return result;
    }

    private Object beforeConnectionCall(Method method, Object[] arguments) {
        if (method.getName().equals("setAutoCommit") && arguments[0] == Boolean.FALSE) {
            transactionControl.incrementAndGet();
        }
        return null;
    }

    @FunctionalInterface
    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, arguments) -> {
            if (type == Connection.class) {
                beforeConnectionCall(method, arguments);
            }
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }
}
