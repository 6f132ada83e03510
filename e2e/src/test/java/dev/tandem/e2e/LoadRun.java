package dev.tandem.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * A closed-loop load: a number of callers, each sending its next request as soon as the last one was answered, first
 * for a warm-up that is not measured, then for the measured time. Every answer is timed; a wrong one is counted.
 */
final class LoadRun {

    private final int callers;
    private final Duration warmUp;
    private final Duration measured;

    LoadRun(int callers, Duration warmUp, Duration measured) {
        this.callers = callers;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** Runs {@code request} (given a running number, true for a right answer) and returns what was measured. */
    Result run(IntPredicate request) {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicLong sequence = new AtomicLong();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                results.add(pool.submit(() -> callerLoop(request, sequence, measureFrom, measureUntil)));
            }
            long[] all = new long[0];
            long failures = 0;
            for (Future<long[]> result : results) {
                long[] latencies = result.get();
                // The last slot carries the caller's failure count.
                failures += latencies[latencies.length - 1];
                int offset = all.length;
                all = Arrays.copyOf(all, offset + latencies.length - 1);
                System.arraycopy(latencies, 0, all, offset, latencies.length - 1);
            }
            Arrays.sort(all);
            return new Result(all, failures, measured);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A caller failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] callerLoop(IntPredicate request, AtomicLong sequence, long measureFrom, long measureUntil) {
        long[] latencies = new long[1_024];
        int count = 0;
        long failures = 0;
        while (true) {
            long start = System.nanoTime();
            if (start >= measureUntil) {
                break;
            }
            boolean right = request.test((int) sequence.getAndIncrement());
            long took = System.nanoTime() - start;
            if (start >= measureFrom) {
                if (!right) {
                    failures++;
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = took;
            }
        }
        long[] result = Arrays.copyOf(latencies, count + 1);
        result[count] = failures;
        return result;
    }

    /** Sorted latencies (ns) of the measured requests. */
    record Result(long[] latencies, long failures, Duration measured) {

        double perSecond() {
            return latencies.length / (measured.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }
    }
}
