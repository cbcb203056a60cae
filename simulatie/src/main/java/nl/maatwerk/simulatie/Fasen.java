package nl.maatwerk.simulatie;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code -Dmaatwerk.fasen=true}: per phase of a run the wall time, the CPU time of the whole process (all
 * threads, the JIT and GC included), the classes loaded and the JIT's compile time, on stderr. For measuring where
 * Spark's fixed cost goes (docs/performance.md); without the property it does nothing.
 */
final class Fasen {

    private static final boolean AAN = Boolean.getBoolean("maatwerk.fasen");
    private static long wand = -1;
    private static long cpu;
    private static long klassen;
    private static long jit;
    private static long draad;

    private Fasen() {
    }

    static synchronized void meet(String fase) {
        if (!AAN) {
            return;
        }
        var rt = ManagementFactory.getRuntimeMXBean();
        long nuWand = rt.getUptime();
        long nuCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        long nuKlassen = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long nuJit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        if (wand < 0) {
            wand = 0; // the first phase runs from the JVM's start
            cpu = 0;
            klassen = 0;
            jit = 0;
            draad = 0;
        }
        long nuDraad = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.println(String.format(Locale.ROOT, "fase %-22s wand %6.2f s  cpu %6.2f s  (deze draad %6.2f s)  klassen %6d  jit %6.2f s", fase,
                (nuWand - wand) / 1e3, (nuCpu - cpu) / 1e3, (nuDraad - draad) / 1e3, nuKlassen - klassen, (nuJit - jit) / 1e3));
        draad = nuDraad;
        wand = nuWand;
        cpu = nuCpu;
        klassen = nuKlassen;
        jit = nuJit;
    }
}
