package dev.tandem.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Starts Keycloak in the background while PostgreSQL, then Kafka (and its topics), then the mail catcher start, then,
 * once Keycloak is ready, all services at once, waiting for each to be ready and printing progress as it goes; or any part of that.
 *
 * <p>Once {@link #stopStarting()} is called (Ctrl-C), nothing new is started, so a shutdown hook that stops the stack
 * cannot race a component that is being launched.
 */
final class StackStarter {

    private final StateLayout layout;
    private final StackPlan plan;
    private final Progress progress;
    private final PidFiles pidFiles;
    private final ProcessSpawner spawner;
    private final JavaCommands commands;
    private final Object lock = new Object();
    private boolean stopping;

    StackStarter(StateLayout layout, StackPlan plan, Progress progress) {
        this.layout = layout;
        this.plan = plan;
        this.progress = progress;
        this.pidFiles = new PidFiles(layout);
        this.spawner = new ProcessSpawner(layout.root());
        this.commands = JavaCommands.ofCurrentJvm(layout, plan);
    }

    /** @throws ComponentFailure for the first component that does not start or become ready in time */
    void startAll() {
        start(plan.components());
    }

    /**
     * Starts {@code components} (names of the plan's components, in any order) as {@link #startAll()} starts them all,
     * leaving the others alone: what {@code up -d} does for a stack that runs in part, and {@code restart} for one.
     *
     * @throws ComponentFailure for the first component that does not start or become ready in time
     */
    void start(Collection<String> components) {
        // Keycloak takes longest, so it starts first and alongside the others; the services need it at start-up,
        // when quarkus-oidc fetches its keys.
        ExecutorService background = Executors.newSingleThreadExecutor(daemons("tandem-keycloak"));
        try {
            Future<?> keycloakReady = CompletableFuture.completedFuture(null);
            if (components.contains(StackPlan.KEYCLOAK)) {
                KeycloakServer keycloak = new KeycloakServer(layout, plan, spawner);
                progress.starting(StackPlan.KEYCLOAK);
                if (keycloak.isFirstStart()) {
                    progress.note(Progress.line("", "first start: unpacking Keycloak into " + layout.keycloak()));
                }
                long start = System.nanoTime();
                keycloakReady = background.submit(() -> startKeycloak(keycloak, start));
            }
            if (components.contains(StackPlan.POSTGRES)) {
                startPostgres();
            }
            if (components.contains(StackPlan.KAFKA)) {
                startKafka();
            }
            if (components.contains(StackPlan.MAIL)) {
                startMail();
            }
            awaitNext(keycloakReady);
        } finally {
            background.shutdownNow();
        }
        startServices(plan.services().stream()
                .filter(service -> components.contains(service.module()))
                .toList());
    }

    /** Lets a component being launched finish launching, then refuses any more. */
    void stopStarting() {
        synchronized (lock) {
            stopping = true;
        }
    }

    boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    private void startPostgres() {
        String name = StackPlan.POSTGRES;
        progress.starting(name);
        long start = System.nanoTime();
        synchronized (lock) {
            requireNotStopping(name);
            try {
                new LocalPostgres(layout).start(plan);
            } catch (RuntimeException e) {
                throw new ComponentFailure(name, "did not start: " + e.getMessage(), layout.log(name), e);
            }
        }
        progress.ready(name, since(start));
    }

    private void startKafka() {
        String name = StackPlan.KAFKA;
        progress.starting(name);
        long start = System.nanoTime();
        Process process;
        synchronized (lock) {
            requireNotStopping(name);
            try {
                process = new KafkaBroker(layout, plan, commands, spawner).start();
            } catch (RuntimeException e) {
                throw new ComponentFailure(name, "did not start: " + e.getMessage(), layout.log(name), e);
            }
            pidFiles.write(name, process.pid());
        }
        try (KafkaReadiness readiness = new KafkaReadiness(plan.kafkaBootstrapServers())) {
            ReadinessWait.await(
                    name, readiness, process.toHandle(), plan.readyTimeout(), Setting.READY_TIMEOUT, layout.log(name));
        }
        List<String> created;
        try {
            created = KafkaTopics.createMissing(plan.kafkaBootstrapServers());
        } catch (TandemException e) {
            throw new ComponentFailure(name, e.getMessage(), layout.log(name), e);
        }
        progress.ready(name, since(start));
        if (!created.isEmpty()) {
            progress.note(Progress.line("", "created " + created.size() + " topics: " + String.join(", ", created)));
        }
    }

    private void startMail() {
        String name = StackPlan.MAIL;
        progress.starting(name);
        long start = System.nanoTime();
        Process process;
        synchronized (lock) {
            requireNotStopping(name);
            try {
                process = spawner.start(
                        commands.mailCatcher(), Map.of("CLASSPATH", commands.classPath()), layout.log(name));
            } catch (RuntimeException e) {
                throw new ComponentFailure(name, "did not start: " + e.getMessage(), layout.log(name), e);
            }
            pidFiles.write(name, process.pid());
        }
        ReadinessWait.await(
                name,
                new HttpReadiness(plan.mailReadyUrl()),
                process.toHandle(),
                plan.readyTimeout(),
                Setting.READY_TIMEOUT,
                layout.log(name));
        progress.ready(name, since(start));
    }

    private void startKeycloak(KeycloakServer keycloak, long start) {
        String name = StackPlan.KEYCLOAK;
        Process process;
        try {
            Path home = keycloak.prepare();
            synchronized (lock) {
                requireNotStopping(name);
                process = keycloak.start(home);
                pidFiles.write(name, process.pid());
            }
        } catch (ComponentFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ComponentFailure(name, "did not start: " + e.getMessage(), layout.log(name), e);
        }
        ReadinessWait.await(
                name,
                new HttpReadiness(plan.keycloakReadyUrl()),
                process.toHandle(),
                plan.keycloakReadyTimeout(),
                Setting.KEYCLOAK_READY_TIMEOUT,
                layout.log(name));
        try {
            ConsoleOrigins.allow(plan);
        } catch (TandemException e) {
            // The rest of the stack works without it: only the console's sign-in would be refused by the browser.
            progress.note(Progress.line("", "the console cannot sign in from this browser origin: " + e.getMessage()));
        }
        progress.ready(name, since(start));
    }

    // All at once: on two cores the services' start-ups still overlap well (much of it is waiting on I/O).
    private void startServices(List<Service> services) {
        if (services.isEmpty()) {
            return;
        }
        ExecutorService waiters = Executors.newFixedThreadPool(services.size(), daemons("tandem-ready"));
        try {
            var completion = new ExecutorCompletionService<Void>(waiters);
            for (Service service : services) {
                Process process = startService(service);
                long start = System.nanoTime();
                completion.submit(() -> {
                    String name = service.module();
                    ReadinessWait.await(
                            name,
                            HttpReadiness.ofService(service.port()),
                            process.toHandle(),
                            plan.readyTimeout(),
                            Setting.READY_TIMEOUT,
                            layout.log(name));
                    progress.ready(name, since(start));
                    return null;
                });
            }
            for (int i = 0; i < services.size(); i++) {
                awaitNext(completion);
            }
        } finally {
            waiters.shutdownNow();
        }
    }

    private Process startService(Service service) {
        String name = service.module();
        progress.starting(name);
        synchronized (lock) {
            requireNotStopping(name);
            Process process = spawner.start(commands.service(service), layout.log(name));
            pidFiles.write(name, process.pid());
            return process;
        }
    }

    private static void awaitNext(ExecutorCompletionService<Void> completion) {
        try {
            awaitNext(completion.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while waiting for the services", e);
        }
    }

    private static void awaitNext(Future<?> component) {
        try {
            component.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ComponentFailure failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while waiting for the stack to start", e);
        }
    }

    private static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void requireNotStopping(String component) {
        if (stopping) {
            throw new ComponentFailure(component, "was not started: Tandem is stopping.", layout.log(component));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
