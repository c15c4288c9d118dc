package nl.netwerkregie.shared.mail;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Where the dispatcher runs after a commit: one thread of its own, so a slow mail server never holds a click. */
@Configuration
class MailConfig {

    static final String DISPATCH = "mailDispatch";

    /**
     * One thread: the claims already keep two sends of one mail apart, and mails go out in the order they were
     * queued. The tests send in the committing thread ({@code netwerkregie.mail.send-in-caller: true}) so they can
     * read GreenMail right after a step.
     */
    @Bean(DISPATCH)
    Executor mailDispatch(@Value("${netwerkregie.mail.send-in-caller:false}") boolean inCaller) {
        if (inCaller) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1000);
        executor.setThreadNamePrefix("mail-");
        executor.setRejectedExecutionHandler((task, pool) -> {
            // A full queue only delays mails: the scheduled round sends them.
        });
        executor.initialize();
        return executor;
    }
}
