package com.souk.rules.simulation;

import com.souk.common.Money;
import com.souk.common.web.MoneyFormat;
import java.util.List;
import java.util.stream.Collectors;

/** The audit log's one line for a simulation: "commission: 40 cases, 12 changed, platform revenue +€23.40". */
final class SimulationSummary {

    private SimulationSummary() {
    }

    static String of(List<DecisionSimulation> results, MoneyFormat money) {
        return results.stream().map(r -> line(r, money)).collect(Collectors.joining("; "));
    }

    static String line(DecisionSimulation r, MoneyFormat money) {
        StringBuilder line = new StringBuilder(r.decision()).append(": ").append(r.casesReplayed())
                .append(r.casesReplayed() == 1 ? " case, " : " cases, ").append(r.changed()).append(" changed");
        if (r.failed() > 0) {
            line.append(", ").append(r.failed()).append(" failed");
        }
        if ("no money moved".equals(r.moneyLabel())) {
            return line.append(", no money moved").toString();
        }
        return line.append(", ").append(r.moneyLabel()).append(' ')
                .append(r.moneyImpactByCurrency().stream().map(m -> amount(m, r.signedMoney(), money))
                        .collect(Collectors.joining(", ")))
                .toString();
    }

    /** The amount as a page shows it, with a + on a positive change. */
    static String amount(Money m, boolean signed, MoneyFormat money) {
        String text = money.format(m);
        return signed && m.amountMinor() > 0 ? "+" + text : text;
    }
}
