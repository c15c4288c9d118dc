package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.shared.task.TaskListService;
import org.hibernate.Hibernate;
import org.hibernate.annotations.TenantId;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Isolation of networks, found by enumeration rather than listed by hand, so a new table, repository or service
 * query without the network's filter fails here (issue 13, acceptance 1). Network A is the demo's Utrecht, logged in
 * as its coordinator; network B is the demo's Twente, with all its demo data. For every table that carries a
 * network, every repository, and every public method of every service and query bean, asked from A with each of B's
 * ids (of every table that carries a network, and B's tasks and process instances): refused, empty, or at least
 * not one of B's names, titles or goals in what comes back.
 */
@Tag("persistence")
class NetworkIsolationIT extends IntegrationTest {

    private static final String A = "utrecht";
    private static final String B = "twente";
    /** Entities that are not of one network, and why. */
    private static final Set<String> NOT_OF_A_NETWORK = Set.of(
            "Network", "NetworkRulesVersion", // the networks themselves
            "Person", "AccountToken"); // a person works for one or more networks (person_network)
    /** Tables of ours that carry no network, and why (the engine's ACT_ tables carry TENANT_ID_). */
    // task_claim and task_seen are keyed by the engine's task ids, which the engine keeps per network (tenant id);
    // they are read only for tasks a network's query found.
    private static final Set<String> TABLES_WITHOUT_NETWORK = Set.of(
            "network", "network_rules", "person", "account_token", "person_network", "flyway_schema_history",
            "task_claim", "task_seen");

    @Autowired ApplicationContext context;
    @Autowired EntityManagerFactory entityManagers;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskListService tasks;

    private final Set<Object> idsOfB = new LinkedHashSet<>();
    private final Set<String> namesOfB = new LinkedHashSet<>();

    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    @BeforeEach
    void collectNetworkB() {
        // B's open work: a case with a task for its coordinators (the demo itself starts none).
        if (jdbc.queryForObject("select count(*) from ACT_RU_TASK where TENANT_ID_ = ?", Long.class, B) == 0) {
            CurrentNetwork.run(B, () -> runtimeService.startProcessInstanceByKey("TaskListTestProcess",
                    "isolation-probe-of-" + B));
        }
        // And a document of B's (the demo stores none), under a name only B has.
        if (jdbc.queryForObject("select count(*) from stored_document where network_id = ?", Long.class, B) == 0) {
            loginAs("coordinator1");
            CurrentNetwork.run(B, () -> documents.store("organisation", "1", "vision",
                    new nl.netwerkregie.shared.document.UploadedDocument("visie-alleen-van-twente.pdf",
                            "application/pdf", "%PDF-1.4 visie".getBytes(StandardCharsets.UTF_8)), "coordinator1"));
            documentStored = true;
        }
        for (String table : tablesWithNetwork()) {
            if (hasColumn(table, "id")) {
                // Three of each table: every kind of id, without calling every method a hundred times.
                jdbc.queryForList("select id from " + table + " where network_id = ? order by id desc limit 3",
                        Long.class, B)
                        .forEach(idsOfB::add);
            }
        }
        namesOfB.addAll(Leaks.namesOnlyOf(jdbc, B, A));
        idsOfB.addAll(jdbc.queryForList("select ID_ from ACT_RU_TASK where TENANT_ID_ = ?", String.class, B));
        idsOfB.addAll(jdbc.queryForList(
                "select distinct PROC_INST_ID_ from ACT_RU_EXECUTION where TENANT_ID_ = ?", String.class, B));
    }

    @Autowired nl.netwerkregie.shared.document.DocumentService documents;
    private boolean documentStored;

    @org.junit.jupiter.api.AfterEach
    void removeTheProbeCase() {
        if (documentStored) {
            jdbc.update("delete from stored_document where file_name = 'visie-alleen-van-twente.pdf'");
        }
        CurrentNetwork.run(B, () -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("isolation-probe-of-" + B).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "isolation probe done")));
    }

    @Test
    void networkBHasDataToBeProbedWith() {
        // Without B's data the probes below would prove nothing.
        assertThat(idsOfB.stream().filter(Long.class::isInstance)).hasSizeGreaterThan(8);
        assertThat(namesOfB).contains("Medisch Spectrum Twente", "visie-alleen-van-twente.pdf");
        assertThat(idsOfB.stream().filter(String.class::isInstance)).isNotEmpty();
    }

    @Test
    void everyEntityCarriesItsNetworkOrIsNamedAsNotOfOne() {
        List<String> withoutNetwork = entityManagers.getMetamodel().getEntities().stream()
                .filter(entity -> !hasTenantId(entity.getJavaType()))
                .map(entity -> entity.getJavaType().getSimpleName())
                .filter(name -> !NOT_OF_A_NETWORK.contains(name))
                .toList();
        assertThat(withoutNetwork).as("entities without @TenantId networkId").isEmpty();
    }

    @Test
    void everyTableOfOursCarriesItsNetwork() {
        List<String> ours = jdbc.queryForList("select lower(table_name) from information_schema.tables "
                + "where lower(table_schema) = lower(current_schema()) and lower(table_name) not like 'act_%' "
                + "and table_type in ('BASE TABLE', 'TABLE')", String.class);
        assertThat(ours).hasSizeGreaterThan(20);
        // A collection of a network's row (an organisation's contacts, a plan's cost items) is reached only through
        // its owner, which carries the network.
        Set<String> collectionsOfNetworkRows = new java.util.HashSet<>();
        entityManagers.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachCollectionDescriptor(
                collection -> {
                    if (hasTenantId(collection.getOwnerEntityPersister().getMappedClass())) {
                        collectionsOfNetworkRows.add(((org.hibernate.persister.collection.AbstractCollectionPersister) collection)
                                .getTableName().toLowerCase(java.util.Locale.ROOT));
                    }
                });
        assertThat(ours.stream().filter(t -> !TABLES_WITHOUT_NETWORK.contains(t) && !hasColumn(t, "network_id")
                && !collectionsOfNetworkRows.contains(t))).as("tables without network_id").isEmpty();
    }

    @Test
    void noRepositoryOfANetworksDataShowsNetworkBToA() {
        Repositories repositories = new Repositories(context);
        int probed = 0;
        for (Class<?> domainType : repositories) {
            if (!hasTenantId(domainType)) {
                continue;
            }
            Object repository = repositories.getRepositoryFor(domainType).orElseThrow();
            List<String> leaks = CurrentNetwork.as(A, () -> probeRepository(repository));
            assertThat(leaks).as(domainType.getSimpleName() + " repository from " + A).isEmpty();
            probed++;
        }
        assertThat(probed).isGreaterThanOrEqualTo(15);
    }

    @Test
    void noServiceOrQueryShowsNetworkBToA() {
        loginAs("coordinatorutrecht");
        List<String> leaks = new ArrayList<>();
        int probed = 0;
        for (Object bean : featureServices()) {
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                if (!probeable(method)) {
                    continue;
                }
                probed++;
                for (Object[] arguments : argumentsFor(method)) {
                    Optional<String> leak = CurrentNetwork.as(A, () -> call(bean, method, arguments));
                    leak.ifPresent(leaks::add);
                }
            }
        }
        assertThat(probed).as("service methods probed").isGreaterThan(60);
        assertThat(leaks).isEmpty();
    }

    @Test
    void networkBsTasksAreNotOpenToA() {
        loginAs("coordinatorutrecht");
        List<String> tasksOfB = idsOfB.stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(id -> jdbc.queryForObject("select count(*) from ACT_RU_TASK where ID_ = ?", Long.class, id) > 0)
                .toList();
        assertThat(tasksOfB).isNotEmpty();
        assertThat(CurrentNetwork.as(A, () -> tasks.myTasks()))
                .noneMatch(row -> tasksOfB.contains(row.id()));
    }

    private List<String> probeRepository(Object repository) {
        List<String> leaks = new ArrayList<>();
        if (repository instanceof org.springframework.data.repository.CrudRepository<?, ?> crud) {
            String all = Leaks.textOf(crud.findAll());
            namesOfB.stream().filter(all::contains).forEach(name -> leaks.add("findAll shows " + name));
            @SuppressWarnings("unchecked")
            org.springframework.data.repository.CrudRepository<Object, Object> byId =
                    (org.springframework.data.repository.CrudRepository<Object, Object>) crud;
            for (Object id : idsOfB) {
                if (id instanceof Long) {
                    try {
                        byId.findById(id).filter(found -> B.equals(networkOf(found))).ifPresent(found -> leaks.add(
                                "findById(" + id + ") found " + found.getClass().getSimpleName() + " of " + B));
                    } catch (RuntimeException wrongIdType) {
                        // Integer ids and the like: this id is no key of this repository.
                    }
                }
            }
        }
        return leaks;
    }

    /** The beans that serve the features' reads and commands: services and query classes of our modules. */
    private List<Object> featureServices() {
        List<Object> beans = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            if (!context.isSingleton(name)) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            String simple = type.getSimpleName();
            // Main code only: a test helper bean (AsyncJobs) is no query of the application.
            boolean ours = type.getPackageName().startsWith("nl.netwerkregie.")
                    && !type.getPackageName().startsWith("nl.netwerkregie.demo")
                    && type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("/classes/")
                    && !type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
            boolean reads = type.isAnnotationPresent(Service.class)
                    || simple.matches(".*(Queries|Service|Describer|Export|Exports|Results|Csv|Figures)");
            if (ours && reads && !(bean instanceof Repository<?, ?>)) {
                beans.add(bean);
            }
        }
        return beans;
    }

    /**
     * Public instance methods that return something and take nothing, or one id (a number or a string), each
     * optionally with a language or a year (the exports: {@code decisionPdf(id, locale)}, {@code csv(year, locale)});
     * and commands on one id.
     */
    private static boolean probeable(Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                || method.isSynthetic()) {
            return false;
        }
        List<Class<?>> types = new ArrayList<>(List.of(method.getParameterTypes()));
        types.removeIf(type -> type == java.util.Locale.class || type == int.class);
        if (types.isEmpty()) {
            return method.getReturnType() != void.class;
        }
        return types.size() == 1 && isId(types.get(0)) && method.getParameterCount() <= 2;
    }

    private static boolean isId(Class<?> type) {
        return type == long.class || type == Long.class || type == String.class;
    }

    private List<Object[]> argumentsFor(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Class<?> idType = java.util.Arrays.stream(types).filter(NetworkIsolationIT::isId).findFirst().orElse(null);
        List<Object> ids = idType == null ? java.util.Collections.singletonList(null) : idsOfB.stream()
                .filter(id -> idType == String.class ? id instanceof String : id instanceof Long).toList();
        List<Object[]> calls = new ArrayList<>();
        for (Object id : ids) {
            Object[] arguments = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                arguments[i] = types[i] == java.util.Locale.class ? java.util.Locale.forLanguageTag("nl")
                        : types[i] == int.class ? java.time.Year.now().getValue() : id;
            }
            calls.add(arguments);
        }
        return calls;
    }

    /** Calls the bean method from A; a leak when what it returns names something of B, or a command on B's id works. */
    private Optional<String> call(Object bean, Method method, Object[] arguments) {
        String what = AopUtils.getTargetClass(bean).getSimpleName() + "." + method.getName()
                + java.util.Arrays.toString(arguments);
        Object result;
        try {
            method.setAccessible(true);
            result = method.invoke(bean, arguments);
        } catch (InvocationTargetException refused) {
            return Optional.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        String text = Leaks.textOf(result);
        Set<String> shown = namesOfB.stream().filter(text::contains).collect(Collectors.toSet());
        if (!shown.isEmpty()) {
            return Optional.of(what + " shows " + shown);
        }
        return Optional.empty();
    }

    // ---- the schema ----

    private List<String> tablesWithNetwork() {
        return jdbc.queryForList("select distinct lower(table_name) from information_schema.columns "
                + "where lower(column_name) = 'network_id' and lower(table_schema) = lower(current_schema())",
                String.class).stream().filter(t -> !TABLES_WITHOUT_NETWORK.contains(t)).toList();
    }

    private final Map<String, Set<String>> columns = new LinkedHashMap<>();

    private boolean hasColumn(String table, String column) {
        return columns.computeIfAbsent(table, t -> Set.copyOf(jdbc.queryForList(
                "select lower(column_name) from information_schema.columns where lower(table_name) = ? "
                        + "and lower(table_schema) = lower(current_schema())", String.class, t))).contains(column);
    }

    private static Object networkOf(Object entity) {
        for (Class<?> t = entity.getClass(); t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (field.isAnnotationPresent(TenantId.class)) {
                    try {
                        field.setAccessible(true);
                        return field.get(entity);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasTenantId(Class<?> type) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (field.isAnnotationPresent(TenantId.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
