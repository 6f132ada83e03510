package dev.tandem.launcher;

/** A stand-in component for {@link ProcessLifecycleTest}: a JVM that waits to be stopped. */
public final class Sleeper {

    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("sleeping");
        Thread.sleep(Long.MAX_VALUE);
    }
}
