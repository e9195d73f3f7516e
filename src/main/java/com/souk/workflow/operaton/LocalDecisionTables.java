package com.souk.workflow.operaton;

import com.souk.workflow.DecisionTables;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelRejectedException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResult;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.operaton.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.operaton.bpm.dmn.engine.impl.hitpolicy.HitPolicyEntry;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.HitPolicy;
import org.operaton.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Decision tables evaluated by Operaton's standalone DMN engine, apart from the process engine and its database, with
 * the FEEL engine the processes use. Results are shaped as a Camunda 8 process receives them, so a replay means the
 * same on either engine.
 */
@Component
class LocalDecisionTables implements DecisionTables {

    private static final Set<HitPolicy> LISTING = Set.of(HitPolicy.COLLECT, HitPolicy.RULE_ORDER,
            HitPolicy.OUTPUT_ORDER);

    private final DmnEngine engine;

    /** The evaluation of the decision table being evaluated on this thread, caught for {@link #matchedRules}. */
    private final ThreadLocal<DmnDecisionTableEvaluationEvent> lastTable = new ThreadLocal<>();

    LocalDecisionTables() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(ParseOnceFeelEngine::new);
        DmnDecisionTableEvaluationListener catcher = lastTable::set;
        configuration.customPostDecisionTableEvaluationListeners(List.of(catcher));
        this.engine = configuration.buildEngine();
    }

    @Override
    public Decision prepare(ModelFile dmn, String decisionId) {
        DmnDecision decision;
        try {
            decision = engine.parseDecision(decisionId, new ByteArrayInputStream(dmn.content()));
        } catch (RuntimeException e) {
            throw new ModelRejectedException(dmn.name(), decisionId, "the decision cannot be read: " + e.getMessage());
        }
        return new Prepared(decision, shape(decision), ruleDescriptions(dmn));
    }

    /** The description of every rule of the file by rule id; the DMN engine itself keeps only ids and labels. */
    private static Map<String, String> ruleDescriptions(ModelFile dmn) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn.content()));
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            String text = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
            descriptions.put(rule.getId(), text == null ? "" : text.strip());
        }
        return descriptions;
    }

    /** How a Camunda 8 process stores the result of this decision. */
    private record Shape(boolean list, boolean severalOutputs) {
    }

    private static Shape shape(DmnDecision decision) {
        if (decision.getDecisionLogic() instanceof DmnDecisionTableImpl table) {
            HitPolicyEntry hitPolicy = table.getHitPolicyHandler().getHitPolicyEntry();
            // COLLECT with an aggregator (SUM, COUNT, MIN, MAX) answers one number, as in Camunda 8.
            boolean list = LISTING.contains(hitPolicy.getHitPolicy()) && hitPolicy.getAggregator() == null;
            return new Shape(list, table.getOutputs().size() > 1);
        }
        return new Shape(false, false);
    }

    private final class Prepared implements Decision {

        private final DmnDecision decision;
        private final Shape shape;
        private final Map<String, String> descriptions;

        Prepared(DmnDecision decision, Shape shape, Map<String, String> descriptions) {
            this.decision = decision;
            this.shape = shape;
            this.descriptions = descriptions;
        }

        @Override
        public Object evaluate(Map<String, Object> variables) {
            DmnDecisionResult result = run(variables);
            if (result.isEmpty()) {
                return null;
            }
            if (shape.list()) {
                List<Object> rows = new ArrayList<>();
                result.getResultList().forEach(row -> rows.add(row(row)));
                return rows;
            }
            return row(result.getResultList().get(0));
        }

        @Override
        public List<MatchedRule> matchedRules(Map<String, Object> variables) {
            lastTable.remove();
            try {
                run(variables);
                DmnDecisionTableEvaluationEvent table = lastTable.get();
                if (table == null || !table.getDecision().getKey().equals(decision.getKey())) {
                    return List.of();
                }
                List<MatchedRule> matched = new ArrayList<>();
                for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
                    matched.add(new MatchedRule(rule.getId(), descriptions.getOrDefault(rule.getId(), "")));
                }
                return matched;
            } finally {
                lastTable.remove();
            }
        }

        private DmnDecisionResult run(Map<String, Object> variables) {
            try {
                return engine.evaluateDecision(decision, variables);
            } catch (RuntimeException e) {
                throw new DecisionFailedException(decision.getKey() + ": " + e.getMessage(), e);
            }
        }

        private Object row(Map<String, Object> outputs) {
            if (!shape.severalOutputs() && outputs.size() == 1) {
                return plain(outputs.values().iterator().next());
            }
            Map<String, Object> byName = new LinkedHashMap<>();
            outputs.forEach((name, value) -> byName.put(name, plain(value)));
            return byName;
        }
    }

    /** Numbers as Camunda 8 hands them to a process: whole numbers as Long, others as Double. */
    static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big.doubleValue();
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            BigDecimal decimal = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).doubleValue());
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException notWhole) {
                return decimal.doubleValue();
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(LocalDecisionTables::plain).toList();
        }
        return value;
    }
}
