package nl.netwerkregie;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a piece of work sends, the app's (Hibernate, JDBC) and the engine's (MyBatis) alike:
 * the test context's data source is wrapped by datasource-proxy. The query-count tests ask it for a page with 10
 * and with 1,000 cases, and fail when the count grows with the data (issue 15).
 */
@Component
public class Statements implements BeanPostProcessor {

    /** What one counted piece of work sent, per thread: only the statements of the test's own thread count. */
    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Recorder()).build();
        }
        return bean;
    }

    /** The statements the work sent on this thread, in order. */
    public static <T> Counted<T> count(Callable<T> work) {
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            return new Counted<>(work.call(), List.copyOf(sent));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SENT.remove();
        }
    }

    /** A result with the statements that made it. */
    public record Counted<T>(T result, List<String> statements) {

        /**
         * The statements that read or write the data. A read of the network's rules is left out: they are
         * remembered for 30 seconds, so any call may be the one that reads them again, once, whatever the data.
         */
        public int size() {
            return (int) statements.stream().filter(sql -> !sql.toLowerCase(java.util.Locale.ROOT)
                    .contains(" from network_rules ")).count();
        }

        @Override
        public String toString() {
            return statements.size() + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    private static final class Recorder implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            List<String> sent = SENT.get();
            if (sent != null) {
                queryInfoList.forEach(q -> sent.add(q.getQuery()));
            }
        }
    }
}
