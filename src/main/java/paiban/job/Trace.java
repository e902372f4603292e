package paiban.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Wall-clock spans of a run, printed to stderr when the system property {@code paiban.trace} is {@code true}
 * (e.g. {@code JAVA_OPTS=-Dpaiban.trace=true ./layout …}). Off, a span costs one boolean test: no clock read, no
 * allocation. This is a measuring aid for engineers, not a message to the user, so it bypasses the CLI's writers.
 */
public final class Trace implements AutoCloseable {

    private static final boolean ON = Boolean.getBoolean("paiban.trace");
    private static final Trace OFF = new Trace(null, 0);
    private static final PrintStream OUT = System.err;

    private final String name;
    private final long start;
    private final long cpuStart;

    private Trace(String name, long start) {
        this.name = name;
        this.start = start;
        this.cpuStart = name == null ? 0 : cpuNanos();
    }

    /** CPU time of the whole process (all threads: JIT compilers and GC too), which a busy machine does not inflate. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    public static boolean enabled() {
        return ON;
    }

    /** Starts a span; close it (try-with-resources) to print its duration. */
    public static Trace span(String name) {
        return ON ? new Trace(name, System.nanoTime()) : OFF;
    }

    /**
     * Prints the CPU the process has used so far (JVM start-up and class loading before main, when called there).
     * Not wall time since start: the kernel gives the start instant only to the second of its boot clock.
     */
    public static void cpuSoFar(String what) {
        if (ON) {
            OUT.println(String.format(Locale.ROOT, "trace: %-28s %7.0f ms CPU since process start", what,
                    cpuNanos() / 1e6));
        }
    }

    @Override
    public void close() {
        if (name != null) {
            OUT.println(String.format(Locale.ROOT, "trace: %-28s %9.1f ms, %7.1f ms CPU", name,
                    (System.nanoTime() - start) / 1e6, (cpuNanos() - cpuStart) / 1e6));
        }
    }
}
