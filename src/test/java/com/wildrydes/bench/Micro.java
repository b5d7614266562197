package com.wildrydes.bench;

import java.time.Duration;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one JMH benchmark method in a forked JVM of the same Java (so its JIT profile is its own) and returns
 * its score: operations per second summed over threads, or microseconds per operation, as the benchmark says.
 * JMH's own report goes to {@code target/bench/jmh-<benchmark>-<method>.log}.
 */
final class Micro {

    private Micro() {
    }

    static double score(Class<?> benchmark, String method, int threads, Duration iteration, int iterations)
            throws RunnerException {
        TimeValue time = TimeValue.milliseconds(iteration.toMillis());
        RunResult result = new Runner(new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
                .forks(1)
                .threads(threads)
                .warmupIterations(iterations)
                .warmupTime(time)
                .measurementIterations(iterations)
                .measurementTime(time)
                .shouldFailOnError(true)
                .output("target/bench/jmh-" + benchmark.getSimpleName() + "-" + method + ".log")
                .build()).runSingle();
        return result.getPrimaryResult().getScore();
    }
}
