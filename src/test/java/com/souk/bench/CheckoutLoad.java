package com.souk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checkout load generator, run as a process of its own on loopback: N concurrent buyers post orders for a
 * fixed time, each waiting for its answer before the next. Writes every latency (ms) and the error count.
 * Arguments: baseUrl seconds outputFile productId user1 [user2 ...] (one thread per user).
 */
public final class CheckoutLoad {

    private CheckoutLoad() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Duration length = Duration.ofSeconds(Long.parseLong(args[1]));
        Path output = Path.of(args[2]);
        long productId = Long.parseLong(args[3]);
        List<String> users = List.of(args).subList(4, args.length);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<long[]> perThread = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong deadline = new AtomicLong();
        CyclicBarrier warmedUp = new CyclicBarrier(users.size(), () -> deadline.set(System.nanoTime() + length.toNanos()));
        ExecutorService threads = Executors.newFixedThreadPool(users.size());
        for (String user : users) {
            long[] latencies = new long[200_000];
            perThread.add(latencies);
            String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            threads.submit(() -> {
                // One unmeasured call first: the first request of a user pays the password hash check once.
                http.send(request(baseUrl, auth, productId), HttpResponse.BodyHandlers.ofString());
                warmedUp.await();
                int n = 0;
                while (System.nanoTime() < deadline.get() && n < latencies.length - 1) {
                    HttpRequest request = request(baseUrl, auth, productId);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[++n] = (System.nanoTime() - start) / 1_000;
                    latencies[0] = n;
                }
                return null;
            });
        }
        threads.shutdown();
        threads.awaitTermination(length.toSeconds() + 90, TimeUnit.SECONDS);
        StringBuilder out = new StringBuilder("errors=" + errors.get() + "\n");
        for (long[] latencies : perThread) {
            for (int i = 1; i <= latencies[0]; i++) {
                out.append(latencies[i]).append('\n');
            }
        }
        Files.writeString(output, out.toString());
    }

    private static HttpRequest request(String baseUrl, String auth, long productId) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/orders")).timeout(Duration.ofSeconds(10))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(productId))).build();
    }

    private static String body(long productId) {
        return """
                {"items":[{"productId":%d,"quantity":1}],
                 "shippingAddress":{"name":"Load Buyer","line1":"1 Loop Road","city":"Localhost","postalCode":"12701","country":"DE"},
                 "card":{"number":"4242424242424242","expiry":"12/35","cvc":"123"}}""".formatted(productId);
    }
}
