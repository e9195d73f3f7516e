package com.souk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.ordering.ConfirmReceipt;
import com.souk.ordering.PlaceOrder;
import com.souk.ordering.ShipOrder;
import com.souk.ordering.ShippingAddress;
import com.souk.payment.CardDetails;
import com.souk.payment.Ledger;
import com.souk.protection.DisputeReason;
import com.souk.protection.OpenDispute;
import com.souk.protection.RespondToDispute;
import com.souk.protection.SellerDecision;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purchases per second end to end on the embedded engine and PostgreSQL, checkout latency under 50 buyers,
 * and the database's own commit rate on this machine as the yardstick. Not part of `./mvnw verify`: run it
 * with `bash bench/run [purchases]`. Prints numbers and writes target/bench/result.json and report.html.
 */
@SoukIntegrationTest
class PurchaseBenchmark {

    private static final int PURCHASES = Integer.getInteger("bench.purchases", 20_000);
    /**
     * Purchases run, and not measured, before the measured ones: the JIT compiles the purchase path's code while
     * they run. Without them a short run charged 15 % of its JVM CPU to compiler threads (JFR, 3 000 purchases),
     * a cost paid once per process that made runs of different lengths disagree.
     */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
    private static final int CHECKOUT_SECONDS = Integer.getInteger("bench.checkoutSeconds", 30);
    private static final int BUYERS = 50;
    private static final int PRODUCTS = 50;
    private static final int DRIVERS = Integer.getInteger("bench.drivers", 4);
    private static final Duration MAX_RUN = Duration.ofMinutes(Integer.getInteger("bench.maxMinutes", 40));
    /**
     * Drivers hold back while this many purchases are under way (placed, not yet finished): enough to keep every
     * stage busy, without a backlog that grows for the whole run. Placing all orders at once let the stages drift
     * apart (20 000 runs ended with thousands waiting to be shipped), grew the engine's job table and made
     * placed-to-held measure only the queue.
     */
    private static final int MAX_UNDER_WAY = Integer.getInteger("bench.maxUnderWay", 400);

    @Autowired Fixtures fixtures;
    @Autowired PlaceOrder placeOrder;
    @Autowired ShipOrder shipOrder;
    @Autowired ConfirmReceipt confirmReceipt;
    @Autowired OpenDispute openDispute;
    @Autowired RespondToDispute respond;
    @Autowired Ledger ledger;
    @Autowired StatementCounter statements;
    private JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    /** The benchmark's own bookkeeping queries go past the statement counter. */
    @org.junit.jupiter.api.BeforeEach
    void unwrappedJdbc() {
        jdbc = JdbcClient.create(statements.raw());
    }

    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class CountStatements {
        @org.springframework.context.annotation.Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Test
    void measure() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("purchasesRequested", PURCHASES);
        double commitRate = databaseCommitRate(Duration.ofSeconds(10), 8);
        result.put("dbCommitsPerSecond", round(commitRate));

        // Spread over a catalog: one hot product row would serialise every stock reservation on its row lock.
        List<Product> catalog = IntStream.range(0, PRODUCTS)
                .mapToObj(i -> fixtures.product("sam", "home", 2_500, 10_000_000)).toList();
        Product product = catalog.get(0);
        List<SoukUser> buyers = IntStream.range(0, BUYERS).mapToObj(i -> fixtures.user(fixtures.newUser(Role.BUYER)))
                .toList();
        if (WARMUP > 0) {
            runPurchases(catalog, buyers, WARMUP);
        }
        result.put("warmupPurchases", WARMUP);
        Throughput throughput = runPurchases(catalog, buyers, PURCHASES);
        result.putAll(throughput.asMap());
        result.put("dbTransactionsPerPurchase", round(throughput.dbCommits / (double) PURCHASES));
        double ratio = throughput.purchasesPerSecond() * (throughput.dbCommits / (double) PURCHASES) / commitRate;
        result.put("fractionOfMachineLimit", round(ratio));
        result.put("placedToHeldMs", BenchReport.percentiles(placedToHeldMillis(sellerId())));

        Map<String, Object> checkout = checkoutUnderLoad(product, buyers);
        result.putAll(checkout);

        Map<String, Long> states = jdbc.sql("select status, count(*) from orders where seller_id = ? group by status")
                .param(sellerId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        result.put("orderStates", states);
        boolean balanced = ledger.summary().balanced();
        result.put("ledgerBalanced", balanced);

        String summary = summary(result, throughput);
        BenchReport.write(result, summary);
        System.out.println("\n==== Souk benchmark ====\n" + summary + "\nJSON: " + BenchReport.DIR.resolve("result.json")
                + "\nChart: " + BenchReport.DIR.resolve("report.html") + "\n");
        assertThat(balanced).as("ledger balanced after the run").isTrue();
        assertThat(states.keySet()).as("every order terminal or waiting for shipment (checkout load)")
                .isSubsetOf("COMPLETED", "REFUNDED", "PAYMENT_DECLINED", "AWAITING_SHIPMENT", "PLACED");
    }

    /** One-row update transactions in a tight JDBC loop: what this database commits per second at most. */
    private double databaseCommitRate(Duration length, int threads) throws Exception {
        jdbc.sql("create table if not exists bench_counter (id int primary key, n bigint not null)").update();
        for (int i = 0; i < threads; i++) {
            jdbc.sql("insert into bench_counter (id, n) values (?, 0) on conflict do nothing").param(i).update();
        }
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int row = t;
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    jdbc.sql("update bench_counter set n = n + 1 where id = ?").param(row).update();
                    commits.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 10, TimeUnit.SECONDS);
        return commits.get() / (double) length.toSeconds();
    }

    /** What the throughput phase saw. */
    record Throughput(long purchases, long completed, long refunded, long declined, double seconds, long jobs,
            long handlerRuns, long dbCommits, long soukStatements, long engineStatements, CpuMeter.Usage cpu) {
        double purchasesPerSecond() {
            return (completed + refunded + declined) / seconds;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("purchasesFinished", completed + refunded + declined);
            m.put("completed", completed);
            m.put("refundedAfterDispute", refunded);
            m.put("declined", declined);
            m.put("seconds", round(seconds));
            m.put("purchasesPerSecond", round(purchasesPerSecond()));
            m.put("completedPerSecond", round(completed / seconds));
            m.put("jobExecutions", jobs);
            m.put("jobsPerSecond", round(jobs / seconds));
            m.put("jobsPerPurchase", round(jobs / (double) purchases));
            m.put("handlerRuns", handlerRuns);
            m.put("handlerRunsPerSecond", round(handlerRuns / seconds));
            m.put("dbCommits", dbCommits);
            m.put("statementsPerPurchase", round((soukStatements + engineStatements) / (double) purchases));
            m.put("soukStatementsPerPurchase", round(soukStatements / (double) purchases));
            m.put("engineStatementsPerPurchase", round(engineStatements / (double) purchases));
            m.put("cpuMsPerPurchaseJvm", round(cpu.jvmMillis() / purchases));
            m.put("cpuMsPerPurchasePostgres", round(cpu.postgresMillis() / purchases));
            m.put("machineBusy", round(cpu.machineBusy()));
            m.put("machineSteal", round(cpu.machineSteal()));
            m.put("cpuBoundPurchasesPerSecond", round(cpuBound()));
            return m;
        }

        /** Purchases per second if every core of the machine did nothing but Souk's and PostgreSQL's work for them. */
        double cpuBound() {
            double millisPerPurchase = (cpu.jvmMillis() + cpu.postgresMillis()) / purchases;
            return Runtime.getRuntime().availableProcessors() * 1_000 / millisPerPurchase;
        }
    }

    /** Runs this many purchases to their end; counts only what they did, not the purchases of an earlier run. */
    private Throughput runPurchases(List<Product> catalog, List<SoukUser> buyers, int purchases) throws Exception {
        SoukUser seller = fixtures.user("sam");
        long completedBefore = countIn("COMPLETED");
        long refundedBefore = countIn("REFUNDED");
        long declinedBefore = countIn("PAYMENT_DECLINED");
        long finishedBefore = completedBefore + refundedBefore + declinedBefore;
        long jobsBefore = jobCount();
        long handlerRunsBefore = handlerRuns();
        long commitsBefore = databaseCommits();
        long soukBefore = statements.souk.get();
        long engineBefore = statements.engine.get();
        CpuMeter cpuBefore = CpuMeter.read();
        long start = System.nanoTime();
        java.util.concurrent.ScheduledExecutorService vacuum = vacuumEveryTenSeconds();
        ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
        for (int i = 0; i < purchases; i++) {
            int n = i;
            drivers.submit(() -> {
                if (n % 20 == 0) {
                    waitWhileBacklogged();
                }
                return placeOne(catalog.get(n % catalog.size()), buyers.get(n % buyers.size()), n);
            });
        }
        drivers.shutdown();
        ExecutorService sweepers = Executors.newFixedThreadPool(DRIVERS);
        AtomicLong finished = new AtomicLong();
        long deadline = start + MAX_RUN.toNanos();
        while (System.nanoTime() < deadline) {
            int moved = shipReady(seller, sweepers) + confirmOrDispute(sweepers);
            moved += acceptDisputes(seller, sweepers);
            finished.set(countIn("COMPLETED", "REFUNDED", "PAYMENT_DECLINED") - finishedBefore);
            if (finished.get() >= purchases && drivers.isTerminated()) {
                break;
            }
            if (moved == 0) {
                Thread.sleep(50);
            }
        }
        sweepers.shutdown();
        vacuum.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Usage cpu = CpuMeter.read().since(cpuBefore);
        return new Throughput(purchases, countIn("COMPLETED") - completedBefore, countIn("REFUNDED") - refundedBefore,
                countIn("PAYMENT_DECLINED") - declinedBefore, seconds, jobCount() - jobsBefore, handlerRuns() - handlerRunsBefore,
                databaseCommits() - commitsBefore, statements.souk.get() - soukBefore,
                statements.engine.get() - engineBefore, cpu);
    }

    private final AtomicLong placed = new AtomicLong();

    /** Tables whose rows are inserted and deleted for every purchase. */
    private static final List<String> CHURNING_TABLES = List.of("act_ru_variable", "act_ru_job", "act_ru_execution",
            "act_ru_event_subscr", "act_ge_bytearray", "orders", "products", "stock_reservations");

    /**
     * PostgreSQL on the CI machine runs with autovacuum off (conf.d/90-ci.conf). The engine's runtime tables insert
     * and delete rows for every purchase; unvacuumed, they held 216 000 dead variable rows after a full run and
     * their queries slowed with every minute. This does what autovacuum would do in production.
     */
    private java.util.concurrent.ScheduledExecutorService vacuumEveryTenSeconds() {
        boolean autovacuum = "on".equals(jdbc.sql("show autovacuum").query(String.class).single());
        java.util.concurrent.ScheduledExecutorService vacuum = Executors.newSingleThreadScheduledExecutor();
        if (!autovacuum) {
            vacuum.scheduleWithFixedDelay(() -> CHURNING_TABLES.forEach(
                    table -> jdbc.sql("vacuum (analyze) " + table).update()), 10, 10, TimeUnit.SECONDS);
        }
        return vacuum;
    }

    private void waitWhileBacklogged() throws InterruptedException {
        while (placed.get() - countIn("COMPLETED", "REFUNDED", "PAYMENT_DECLINED") >= MAX_UNDER_WAY) {
            Thread.sleep(100);
        }
    }

    private Object placeOne(Product product, SoukUser buyer, int n) {
        placed.incrementAndGet();
        String card = n % 20 == 7 ? Fixtures.DECLINED_CARD : Fixtures.GOOD_CARD;
        placeOrder.place(buyer, new PlaceOrder.Checkout(List.of(new PlaceOrder.Line(product.id(), 1)),
                new ShippingAddress("Bench Buyer", "1 Loop Road", "Localhost", "12701", "DE"),
                new CardDetails(card, "12/35", "123")), null);
        return null;
    }

    private int shipReady(SoukUser seller, ExecutorService sweepers) {
        List<Long> ready = ordersIn("AWAITING_SHIPMENT", 200);
        inParallel(sweepers, ready, id -> shipOrder.ship(seller, id, "DHL", "B" + id));
        return ready.size();
    }

    /** Sellers and buyers act in parallel, as they would; one sweep waits for all of its actions. */
    private static void inParallel(ExecutorService sweepers, List<Long> ids, java.util.function.LongConsumer action) {
        List<java.util.concurrent.Callable<Object>> calls = ids.stream()
                .map(id -> (java.util.concurrent.Callable<Object>) () -> {
                    ignoreConflicts(() -> action.accept(id));
                    return null;
                }).toList();
        try {
            sweepers.invokeAll(calls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Nine in ten buyers confirm receipt; one in ten opens a dispute that the seller then accepts. An order stays
     * SHIPPED until its release job runs, so the buyers picked are those who have not acted yet.
     */
    private int confirmOrDispute(ExecutorService sweepers) {
        List<Long> shipped = jdbc.sql("""
                select o.id from orders o where o.seller_id = ? and o.status = 'SHIPPED'
                and not exists (select 1 from order_events e where e.order_id = o.id
                                and e.event in ('DELIVERY_CONFIRMED', 'DISPUTE_OPENED'))
                order by o.id limit 200""").param(sellerId()).query(Long.class).list();
        inParallel(sweepers, shipped, id -> {
            SoukUser buyer = buyerOf(id);
            if (id % 10 == 3) {
                openDispute.open(buyer, id, DisputeReason.NOT_AS_DESCRIBED, "Scratched", 2_500);
            } else {
                confirmReceipt.confirm(buyer, id);
            }
        });
        return shipped.size();
    }

    private int acceptDisputes(SoukUser seller, ExecutorService sweepers) {
        List<Long> disputes = jdbc.sql("select id from disputes where seller_id = ? and status = 'AWAITING_SELLER' "
                + "order by id limit 200").param(seller.id())
                .query(Long.class).list();
        inParallel(sweepers, disputes, id -> respond.respond(seller, id, SellerDecision.ACCEPT_REFUND, null, "ok"));
        return disputes.size();
    }

    private Map<String, Object> checkoutUnderLoad(Product product, List<SoukUser> buyers) throws Exception {
        Path out = Files.createDirectories(BenchReport.DIR).resolve("checkout-latencies.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CheckoutLoad.class.getName(), "http://127.0.0.1:" + port,
                String.valueOf(CHECKOUT_SECONDS), out.toString(), String.valueOf(product.id())));
        buyers.forEach(b -> command.add(b.username()));
        CpuMeter cpuBefore = CpuMeter.read();
        Process load = new ProcessBuilder(command).inheritIO().start();
        assertThat(load.waitFor(CHECKOUT_SECONDS + 120L, TimeUnit.SECONDS)).as("load generator finished").isTrue();
        CpuMeter.Usage cpu = CpuMeter.read().since(cpuBefore);
        List<String> lines = Files.readAllLines(out);
        long errors = Long.parseLong(lines.get(0).substring("errors=".length()));
        long[] micros = lines.stream().skip(1).mapToLong(Long::parseLong).toArray();
        long[] millis = java.util.Arrays.stream(micros).map(us -> us / 1_000).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkoutRequests", micros.length);
        m.put("checkoutErrors", errors);
        m.put("checkoutPerSecond", round(micros.length / (double) CHECKOUT_SECONDS));
        m.put("checkoutLatencyMs", BenchReport.percentiles(millis));
        // Includes the load generator's warm-up (one password check per buyer) and the jobs the orders started.
        m.put("checkoutCpuMsPerRequestJvm", round(cpu.jvmMillis() / Math.max(1, micros.length)));
        m.put("checkoutCpuMsPerRequestPostgres", round(cpu.postgresMillis() / Math.max(1, micros.length)));
        return m;
    }

    private long[] placedToHeldMillis(long sellerId) {
        return jdbc.sql("""
                select o.created_at, e.at from orders o join order_events e on e.order_id = o.id
                where o.seller_id = ? and e.event = 'PAYMENT_HELD'""")
                .param(sellerId)
                .query((rs, n) -> Duration.between(rs.getObject(1, java.time.OffsetDateTime.class),
                        rs.getObject(2, java.time.OffsetDateTime.class)).toMillis())
                .list().stream().mapToLong(Long::longValue).toArray();
    }

    private List<Long> ordersIn(String status, int limit) {
        return jdbc.sql("select id from orders where seller_id = ? and status = ? order by id limit ?")
                .params(sellerId(), status, limit).query(Long.class).list();
    }

    private long countIn(String... statuses) {
        return jdbc.sql("select count(*) from orders where seller_id = :seller and status in (:statuses)")
                .param("seller", sellerId()).param("statuses", List.of(statuses)).query(Long.class).single();
    }

    /** The benchmark's orders are all with sam, and the benchmark has its own database. */
    private long sellerId() {
        return fixtures.user("sam").id();
    }

    private SoukUser buyerOf(long orderId) {
        long buyerId = jdbc.sql("select buyer_id from orders where id = ?").param(orderId).query(Long.class).single();
        String username = jdbc.sql("select username from users where id = ?").param(buyerId).query(String.class).single();
        return fixtures.user(username);
    }

    /** Handler runs: one per job task passed, whether it had a job of its own or ran inside another task's job. */
    private long handlerRuns() {
        return meters.find("souk.jobs").timers().stream().mapToLong(Timer::count).sum();
    }

    /**
     * Engine jobs (async continuations and timers), each one transaction on the job executor: the rows ever inserted
     * into the job table. Connections report their statistics to PostgreSQL within seconds, so this reads until two
     * readings agree.
     */
    private long jobCount() throws InterruptedException {
        long previous = -1;
        for (int i = 0; i < 10; i++) {
            long now = jdbc.sql("select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables where relname = 'act_ru_job'")
                    .query(Long.class).single();
            if (now == previous) {
                return now;
            }
            previous = now;
            Thread.sleep(2_000);
        }
        return previous;
    }

    private long databaseCommits() {
        return jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
                .query(Long.class).single();
    }

    private static void ignoreConflicts(Runnable action) {
        try {
            action.run();
        } catch (com.souk.common.ConflictException raceWithTheEngine) {
            // The next sweep sees the order's new state and acts on that.
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String summary(Map<String, Object> r, Throughput t) {
        return String.format(java.util.Locale.ROOT,
                "After %s warm-up purchases, %d purchases (%d completed, %d refunded after a dispute, %d declined) finished in %.1f s: %.1f purchases/s "
                        + "end to end; %.1f engine jobs created/s (%.2f per purchase, timers included), %.1f job handler runs/s. CPU per "
                        + "purchase: %.1f ms in Souk's JVM, %.1f ms in PostgreSQL (machine %.0f%% busy, %.0f%% stolen), so "
                        + "this machine's cores could finish at most %.0f purchases/s. Placed to payment held: %s ms. The database commits %.0f "
                        + "one-row transactions/s here; a purchase costs %.1f database transactions, so the run used %.0f%% "
                        + "of what this machine can commit; it sends %.1f SQL statements (%.1f Souk's, %.1f the engine's). Checkout under %d concurrent buyers: %s requests, %s errors, "
                        + "latency %s ms, CPU per request %s ms in the JVM and %s ms in PostgreSQL. Ledger balanced: %s.",
                r.get("warmupPurchases"), t.completed + t.refunded + t.declined, t.completed, t.refunded, t.declined, t.seconds,
                t.purchasesPerSecond(), t.jobs / t.seconds, t.jobs / (double) t.purchases, t.handlerRuns / t.seconds,
                t.cpu.jvmMillis() / t.purchases, t.cpu.postgresMillis() / t.purchases, 100 * t.cpu.machineBusy(),
                100 * t.cpu.machineSteal(), t.cpuBound(), r.get("placedToHeldMs"), r.get("dbCommitsPerSecond"),
                r.get("dbTransactionsPerPurchase"), 100 * ((Number) r.get("fractionOfMachineLimit")).doubleValue(),
                (t.soukStatements + t.engineStatements) / (double) t.purchases, t.soukStatements / (double) t.purchases,
                t.engineStatements / (double) t.purchases, BUYERS,
                r.get("checkoutRequests"), r.get("checkoutErrors"), r.get("checkoutLatencyMs"),
                r.get("checkoutCpuMsPerRequestJvm"), r.get("checkoutCpuMsPerRequestPostgres"), r.get("ledgerBalanced"));
    }
}
