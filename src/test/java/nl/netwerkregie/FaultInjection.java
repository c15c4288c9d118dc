package nl.netwerkregie;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Lets a test make a service task fail, as a mail server or a PDF library would, to show what the user and the
 * coordinator see then. Inert until a test calls {@link #failAt(String)}; the engine plugin adds a start listener
 * to every service task that throws while its activity id is on the list.
 */
@Component
public class FaultInjection extends AbstractProcessEnginePlugin {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempts = new AtomicInteger();

    /** From now on every run of this service task fails. */
    public void failAt(String activityId) {
        failing.add(activityId);
    }

    /** How often a failing task was attempted since the last {@link #clear()}. */
    public int attempts() {
        return attempts.get();
    }

    public void clear() {
        failing.clear();
        attempts.set(0);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String activityId = activity.getId();
                activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                    if (failing.contains(activityId)) {
                        attempts.incrementAndGet();
                        throw new IllegalStateException("Injected fault at " + activityId);
                    }
                });
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }
}
