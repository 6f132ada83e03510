package dev.tandem.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stack as found in {@code .tandem} and the process table: which components run, and how to stop them all, in
 * the order that lets each shut down cleanly (services, then Kafka, Keycloak and the mail catcher, then PostgreSQL).
 */
final class RunningStack {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
    private static final Duration KAFKA_GRACE = Duration.ofSeconds(30);

    private final StackPlan plan;
    private final PidFiles pidFiles;
    private final LocalPostgres postgres;
    private final SavedSettings settings;

    RunningStack(StateLayout layout, StackPlan plan) {
        this.plan = plan;
        this.pidFiles = new PidFiles(layout);
        this.postgres = new LocalPostgres(layout);
        this.settings = new SavedSettings(layout);
    }

    /** The components that run, in start order. */
    List<String> running() {
        List<String> running = new ArrayList<>();
        for (String component : plan.components()) {
            if (process(component).isPresent()) {
                running.add(component);
            }
        }
        return running;
    }

    /** The component's live process; PostgreSQL's is the postmaster, found through its own pid file. */
    Optional<ProcessHandle> process(String component) {
        if (component.equals(StackPlan.POSTGRES)) {
            return postgres.isRunning() ? postgres.pid().flatMap(ProcessHandle::of) : Optional.empty();
        }
        return pidFiles.process(component);
    }

    /** Processes of this state directory that no pid file names, nor are children of one that a pid file names. */
    List<ProcessHandle> strays() {
        // Keycloak's JVM is marked too, as a child of the kc.sh the pid file names.
        Set<Long> named = plan.components().stream()
                .flatMap(component -> pidFiles.process(component).stream())
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
        return pidFiles.marked().stream()
                .filter(process -> !named.contains(process.pid()))
                .toList();
    }

    /** Stops everything of this state directory that runs; returns false when nothing did. */
    boolean stopAll(Progress progress) {
        boolean any = stopProcesses(serviceNames(), SERVICE_GRACE, progress);
        // kc.sh passes the signal on to Keycloak's JVM and waits for it.
        any |= stopProcesses(List.of(StackPlan.KEYCLOAK, StackPlan.KAFKA, StackPlan.MAIL), KAFKA_GRACE, progress);
        // Processes whose pid file was lost (deleted by hand, or a launcher killed mid-start), or Keycloak's JVM
        // when kc.sh had to be killed.
        List<ProcessHandle> strays = strays();
        if (!strays.isEmpty()) {
            new ProcessStopper(KAFKA_GRACE)
                    .stop(strays, process -> progress.note(Progress.line("pid " + process.pid(), "stopped (stray)")));
            any = true;
        }
        if (postgres.isRunning()) {
            long start = System.nanoTime();
            postgres.stop();
            progress.stopped(StackPlan.POSTGRES, Duration.ofNanos(System.nanoTime() - start));
            any = true;
        }
        plan.components().forEach(pidFiles::delete);
        settings.delete();
        return any;
    }

    /**
     * Stops one component, leaving the others running: its process (and Keycloak's JVM with the kc.sh that started it),
     * SIGKILLed after the same grace as in {@link #stopAll}; returns false when it did not run.
     */
    boolean stop(String component, Progress progress) {
        if (component.equals(StackPlan.POSTGRES)) {
            if (!postgres.isRunning()) {
                return false;
            }
            long start = System.nanoTime();
            postgres.stop();
            progress.stopped(component, Duration.ofNanos(System.nanoTime() - start));
            return true;
        }
        Set<ProcessHandle> processes = new LinkedHashSet<>();
        process(component).ifPresent(processes::add);
        processes.addAll(pidFiles.marked(component));
        pidFiles.delete(component);
        if (processes.isEmpty()) {
            return false;
        }
        long start = System.nanoTime();
        Duration grace =
                plan.services().stream().anyMatch(service -> service.module().equals(component))
                        ? SERVICE_GRACE
                        : KAFKA_GRACE;
        new ProcessStopper(grace).stop(List.copyOf(processes), process -> {});
        progress.stopped(component, Duration.ofNanos(System.nanoTime() - start));
        return true;
    }

    /**
     * Kills one component at once (SIGKILL, PostgreSQL's postmaster too), as a crash would, leaving its pid file and
     * the others running; returns false when it did not run.
     */
    boolean kill(String component, Progress progress) {
        Set<ProcessHandle> processes = new LinkedHashSet<>();
        process(component).ifPresent(processes::add);
        if (!component.equals(StackPlan.POSTGRES)) {
            processes.addAll(pidFiles.marked(component));
        }
        if (processes.isEmpty()) {
            return false;
        }
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().join());
        progress.note(Progress.line(component, "killed"));
        return true;
    }

    private boolean stopProcesses(List<String> components, Duration grace, Progress progress) {
        Map<ProcessHandle, String> live = new HashMap<>();
        List<ProcessHandle> handles = new ArrayList<>();
        for (String component : components) {
            process(component).ifPresent(handle -> {
                live.put(handle, component);
                handles.add(handle);
            });
        }
        if (handles.isEmpty()) {
            return false;
        }
        long start = System.nanoTime();
        new ProcessStopper(grace)
                .stop(
                        handles,
                        handle -> progress.stopped(live.get(handle), Duration.ofNanos(System.nanoTime() - start)));
        return true;
    }

    // The gateway first: it calls the others.
    private List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        plan.services().forEach(service -> names.add(0, service.module()));
        return names;
    }
}
