package com.wildrydes.bench;

import com.wildrydes.testsupport.SiteVisitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's load driver, run by bench/run in its own JVM. Each command prints {@code key=value}
 * lines that bench/run gathers into results.json and report.md.
 */
public final class BenchMain {

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Workers.executor(8)).connectTimeout(Duration.ofSeconds(10)).build();

    private BenchMain(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        BenchMain bench = new BenchMain(options);
        switch (args[0]) {
            case "prepare" -> bench.prepare();
            case "load" -> bench.load();
            case "p50" -> bench.p50();
            case "p50pair" -> bench.p50Pair();
            case "storepair" -> bench.sessionStorePair();
            case "burst" -> bench.burst();
            case "micro" -> bench.micro();
            case "cost" -> bench.cost();
            case "abpair" -> bench.abPair();
            case "fill" -> print("pool_users", PoolFiller.fill(Path.of(options.get("data-dir")),
                    Integer.parseInt(options.get("users"))));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.exit(0);
    }

    /** Lets the site provision its pool (a refused sign-in does it), then registers the riders. */
    private void prepare() throws Exception {
        new SiteVisitor(http, site()).signsInToRide("nobody@bench.wildrydes.local", PoolAccess.PASSWORD);
        try (PoolAccess pool = PoolAccess.open(option("pool"), Path.of(option("data-dir")))) {
            pool.registerRiders(riders());
        }
    }

    /** Figures 1, 2 and 4: sign-in throughput, page overhead, session size (the floor is {@link #micro}). */
    private void load() throws Exception {
        Duration length = Duration.ofSeconds(Long.parseLong(option("seconds")));
        int clients = Integer.parseInt(option("clients"));
        // warm-up, by default as long as the measurement: the JIT settles the math late (bench/run --warm-up)
        Duration warmUp = options.containsKey("warm-up") ? Duration.ofSeconds(Long.parseLong(option("warm-up"))) : length;
        runs().timed(site(), clients, warmUp);
        Workers.Outcome signIns = runs().timed(site(), clients, length);
        print("signin_per_s", signIns.perSecond());
        print("signin_p50_ms", signIns.latencies().percentileMs(50));
        print("signin_p99_ms", signIns.latencies().percentileMs(99));
        print("signin_failed", signIns.failed());
        PageLoad.Rates pages = PageLoad.compare(http, site(), riders(), clients, length.dividedBy(2));
        print("index_per_s", pages.indexPerSecond());
        print("ride_per_s", pages.ridePerSecond());
        try (PoolAccess pool = PoolAccess.open(option("pool"), Path.of(option("data-dir")))) {
            print("session_bytes", SessionSize.measure(pool, PoolAccess.email(0)));
        }
    }

    /**
     * The JMH parts: figure 1's floor (one thread per core, in the same run as the site's throughput) and the
     * SRP choices it rests on.
     */
    private void micro() throws Exception {
        Duration iteration = Duration.ofMillis(Long.parseLong(option("iteration-ms")));
        int iterations = Integer.parseInt(option("iterations"));
        int cores = Runtime.getRuntime().availableProcessors();
        print("signin_floor_per_s", Micro.score(SigninFloor.class, "withTokens", cores, iteration, iterations));
        print("srp_floor_per_s", Micro.score(SigninFloor.class, "srpOnly", cores, iteration, iterations));
        if (!Boolean.parseBoolean(option("choices"))) {
            return; // quick mode: the floor only
        }
        for (String power : new String[] {"exponent256Bits", "exponentFullWidth", "gByModPow", "gByFixedBaseTable"}) {
            print("us_" + power, Micro.score(SrpPowers.class, power, 1, iteration, iterations));
        }
    }

    /**
     * The site's CPU per sign-in and the rate, after a warm-up as long, for A/B comparisons of a change on a
     * busy machine ({@link SignInCost}); {@code --pid} is the site's process id.
     */
    private void cost() throws Exception {
        Duration length = Duration.ofSeconds(Long.parseLong(option("seconds")));
        int clients = Integer.parseInt(option("clients"));
        long pid = Long.parseLong(option("pid"));
        SignInCost.measure(runs(), site(), pid, clients, length);
        SignInCost.Cost cost = SignInCost.measure(runs(), site(), pid, clients, length);
        print("cost_signin_per_s", cost.perSecond());
        print("cost_site_cpu_ms_per_signin", cost.cpuMsPerSignIn());
        print("cost_signins", cost.signIns());
    }

    /**
     * A/B of a change: two sites at once (--a, --b with their process ids --pid-a, --pid-b), the same sign-in load
     * on each in turn, round after round (as {@link #sessionStorePair}); medians of the rate and the CPU per sign-in.
     */
    private void abPair() throws Exception {
        URI[] sites = {URI.create(option("a")), URI.create(option("b"))};
        long[] pids = {Long.parseLong(option("pid-a")), Long.parseLong(option("pid-b"))};
        Duration length = Duration.ofSeconds(Long.parseLong(option("seconds")));
        int clients = Integer.parseInt(option("clients"));
        int rounds = Integer.parseInt(option("rounds"));
        double[][] rates = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        for (int side = 0; side < 2; side++) {
            runs().timed(sites[side], clients, length); // warm-up
        }
        for (int round = 0; round < rounds; round++) {
            for (int side = 0; side < 2; side++) {
                SignInCost.Cost cost = SignInCost.measure(runs(), sites[side], pids[side], clients, length);
                rates[side][round] = cost.perSecond();
                cpu[side][round] = cost.cpuMsPerSignIn();
            }
        }
        for (int side = 0; side < 2; side++) {
            String name = side == 0 ? "a" : "b";
            print(name + "_signin_per_s", Latencies.median(rates[side]));
            print(name + "_site_cpu_ms_per_signin", Latencies.median(cpu[side]));
        }
    }

    /** Sign-in p50 at light load (four clients), after a warm-up as long. */
    private void p50() throws Exception {
        Duration length = Duration.ofSeconds(Long.parseLong(option("seconds")));
        runs().timed(site(), SignInRuns.LIGHT_LOAD_CLIENTS, length);
        Workers.Outcome outcome = runs().timed(site(), SignInRuns.LIGHT_LOAD_CLIENTS, length);
        print(option("key"), outcome.latencies().percentileMs(50));
        print(option("key") + "_failed", outcome.failed());
    }

    /** Figure 3: this many sign-ins released at once, p99 (run with and without the pool's added latency). */
    private void burst() throws Exception {
        runs().timed(site(), SignInRuns.LIGHT_LOAD_CLIENTS, Duration.ofSeconds(2));
        Workers.Outcome outcome = runs().atOnce(site(), Integer.parseInt(option("clients")));
        String key = option("key");
        print(key + "_p99_ms", outcome.latencies().percentileMs(99));
        print(key + "_p50_ms", outcome.latencies().percentileMs(50));
        print(key + "_failed", outcome.failed());
    }

    /**
     * Figure 5 side by side: two sites running at once (one with the riders only, one with the big pool), light
     * load on each in turn, round after round, so both p50s see the same machine; prints the median of the rounds.
     */
    private void p50Pair() throws Exception {
        URI small = URI.create(option("small"));
        URI big = URI.create(option("big"));
        Duration length = Duration.ofSeconds(Long.parseLong(option("seconds")));
        double[][] p50s = new double[2][Integer.parseInt(option("rounds"))];
        runs().lightLoadP50(small, length);
        runs().lightLoadP50(big, length);
        for (int round = 0; round < p50s[0].length; round++) {
            p50s[0][round] = runs().lightLoadP50(small, length);
            p50s[1][round] = runs().lightLoadP50(big, length);
        }
        print("p50_small_ms", Latencies.median(p50s[0]));
        print("p50_big_ms", Latencies.median(p50s[1]));
    }

    /**
     * Sessions in Redis vs in memory: two sites running at once on copies of one pool, the same sign-in load on
     * each in turn, round after round (as {@link #p50Pair}), so both rates see the same machine; medians.
     */
    private void sessionStorePair() throws Exception {
        URI memory = URI.create(option("memory"));
        URI redis = URI.create(option("redis"));
        Duration length = Duration.ofSeconds(Long.parseLong(option("seconds")));
        int clients = Integer.parseInt(option("clients"));
        double[][] rates = new double[2][Integer.parseInt(option("rounds"))];
        runs().timed(memory, clients, length); // warm-up for both: the JIT settles the math late
        runs().timed(redis, clients, length);
        for (int round = 0; round < rates[0].length; round++) {
            rates[0][round] = runs().timed(memory, clients, length).perSecond();
            rates[1][round] = runs().timed(redis, clients, length).perSecond();
        }
        print("signin_memory_per_s", Latencies.median(rates[0]));
        print("signin_redis_per_s", Latencies.median(rates[1]));
    }

    private SignInRuns runs() {
        return new SignInRuns(http, riders());
    }

    private URI site() {
        return URI.create(option("site"));
    }

    private int riders() {
        return Integer.parseInt(option("riders"));
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private static void print(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.2f", value));
    }
}
