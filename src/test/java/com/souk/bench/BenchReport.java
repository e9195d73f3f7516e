package com.souk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles, and the benchmark's result as JSON plus a small HTML page with bar charts. */
final class BenchReport {

    static final Path DIR = Path.of("target", "bench");

    private BenchReport() {
    }

    /** p50, p95, p99 and max of the values, in the values' unit. */
    static Map<String, Double> percentiles(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("count", (double) sorted.length);
        for (double p : new double[] {50, 95, 99}) {
            result.put("p" + (int) p, sorted.length == 0 ? 0.0 : (double) sorted[(int) Math.min(sorted.length - 1,
                    Math.ceil(p / 100.0 * sorted.length) - 1)]);
        }
        result.put("max", sorted.length == 0 ? 0.0 : (double) sorted[sorted.length - 1]);
        return result;
    }

    static void write(Map<String, Object> result, String summary) throws IOException {
        Files.createDirectories(DIR);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(DIR.resolve("result.json").toFile(), result);
        Files.writeString(DIR.resolve("report.html"), html(result, summary));
    }

    @SuppressWarnings("unchecked")
    private static String html(Map<String, Object> result, String summary) {
        StringBuilder bars = new StringBuilder();
        bars.append(chart("Placed → payment held (ms)", (Map<String, Double>) result.get("placedToHeldMs")));
        bars.append(chart("Checkout latency at 50 buyers (ms)", (Map<String, Double>) result.get("checkoutLatencyMs")));
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("purchases/s", ((Number) result.get("purchasesPerSecond")).doubleValue());
        rates.put("jobs/s", ((Number) result.get("jobsPerSecond")).doubleValue());
        rates.put("db commits/s ÷ 10", ((Number) result.get("dbCommitsPerSecond")).doubleValue() / 10);
        bars.append(chart("Rates", rates));
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Souk benchmark</title>
                <style>body{font:15px system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
                .bar{fill:#0b6e4f}text{font-size:12px}</style></head><body><h1>Souk benchmark</h1>
                <p>%s</p>%s<h2>Raw result</h2><pre>%s</pre></body></html>"""
                .formatted(escape(summary), bars, escape(String.valueOf(result)));
    }

    private static String chart(String title, Map<String, Double> values) {
        double max = values.entrySet().stream().filter(e -> !e.getKey().equals("count"))
                .mapToDouble(Map.Entry::getValue).max().orElse(1);
        StringBuilder svg = new StringBuilder("<h2>" + escape(title) + "</h2><svg width=\"640\" height=\""
                + (values.size() * 28 + 10) + "\">");
        int y = 5;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getKey().equals("count")) {
                continue;
            }
            double width = max <= 0 ? 0 : 440 * e.getValue() / max;
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(e.getKey())).append("</text>")
                    .append("<rect class=\"bar\" x=\"130\" y=\"").append(y).append("\" width=\"")
                    .append(String.format("%.1f", width)).append("\" height=\"20\"/>")
                    .append("<text x=\"").append(String.format("%.1f", 135 + width)).append("\" y=\"").append(y + 15)
                    .append("\">").append(String.format("%.1f", e.getValue())).append("</text>");
            y += 28;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
