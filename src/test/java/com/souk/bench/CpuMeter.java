package com.souk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * CPU time spent by Souk's JVM and by PostgreSQL's processes on this machine, and how busy the machine was, between
 * two readings. CPU per purchase does not move with the noise of a shared machine the way purchases per second do.
 */
record CpuMeter(long jvmNanos, long postgresNanos, long[] machineTicks) {

    static CpuMeter read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return new CpuMeter(jvm, postgres, readMachineTicks());
    }

    /** user, nice, system, idle, iowait, irq, softirq, steal from the first line of /proc/stat (empty elsewhere). */
    private static long[] readMachineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Arrays.stream(fields, 1, 9).mapToLong(Long::parseLong).toArray();
        } catch (IOException | RuntimeException notLinux) {
            return new long[0];
        }
    }

    /** What happened since {@code before}: CPU ms of each side and the machine's busy and stolen shares. */
    Usage since(CpuMeter before) {
        double busy = Double.NaN;
        double steal = Double.NaN;
        if (machineTicks.length == 8 && before.machineTicks.length == 8) {
            long[] d = new long[8];
            for (int i = 0; i < 8; i++) {
                d[i] = machineTicks[i] - before.machineTicks[i];
            }
            long total = Arrays.stream(d).sum();
            busy = total == 0 ? 0 : (double) (total - d[3] - d[4]) / total;
            steal = total == 0 ? 0 : (double) d[7] / total;
        }
        return new Usage((jvmNanos - before.jvmNanos) / 1e6, (postgresNanos - before.postgresNanos) / 1e6, busy, steal);
    }

    record Usage(double jvmMillis, double postgresMillis, double machineBusy, double machineSteal) {
    }
}
