package com.souk.workflow.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * Which variables a process definitely has before and after each flow node: a forward analysis over its sequence
 * flows, solved as a fixed point so loops converge. Where paths meet, a variable counts only if every path set it
 * (all branches, at a parallel join); a boundary event starts with what its activity started with; a sub-process
 * starts with what it was entered with. A node no path reaches has no answer (null).
 */
final class ProcessFlow {

    private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "task", "serviceTask", "sendTask", "receiveTask", "userTask",
            "manualTask", "businessRuleTask", "scriptTask", "callActivity", "subProcess", "adHocSubProcess",
            "transaction", "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
            "complexGateway");

    private final Element process;
    private final Set<String> atStart;
    private final Function<Element, Set<String>> sets;
    private final List<Element> nodes = new ArrayList<>();
    private final Map<String, List<String>> sources = new HashMap<>();
    private final Map<String, List<String>> targets = new HashMap<>();
    private final Map<String, Set<String>> before = new HashMap<>();
    private final Map<String, Set<String>> after = new HashMap<>();

    /** @param sets the variables a node itself sets (a message's, a decision's result, a form's fields) */
    ProcessFlow(Element process, Set<String> atStart, Function<Element, Set<String>> sets) {
        this.process = process;
        this.atStart = new TreeSet<>(atStart);
        this.sets = sets;
        for (Element element : Dom.elements(process)) {
            if (Dom.BPMN.equals(element.getNamespaceURI()) && FLOW_NODES.contains(element.getLocalName())
                    && Dom.attr(element, "id") != null) {
                nodes.add(element);
            }
        }
        for (Element flow : Dom.all(process, Dom.BPMN, "sequenceFlow")) {
            String source = Dom.attr(flow, "sourceRef");
            String target = Dom.attr(flow, "targetRef");
            if (source != null && target != null) {
                sources.computeIfAbsent(target, t -> new ArrayList<>()).add(source);
                targets.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
            }
        }
        solve();
    }

    /** What the process has when the node starts; null when no path reaches it. */
    Set<String> before(String id) {
        return before.get(id);
    }

    /** What the process has when the node is done. */
    Set<String> after(String id) {
        return after.get(id);
    }

    private void solve() {
        // Every value only shrinks from "not reached yet", so the rounds end; the cap only guards against a bug.
        boolean changed = true;
        for (int round = 0; changed && round < 10_000; round++) {
            changed = false;
            for (Element node : nodes) {
                String id = Dom.attr(node, "id");
                Set<String> in = in(node);
                Set<String> out = in == null ? null : out(node, in);
                if (!Objects.equals(in, before.get(id)) || !Objects.equals(out, after.get(id))) {
                    before.put(id, in);
                    after.put(id, out);
                    changed = true;
                }
            }
        }
    }

    private Set<String> in(Element node) {
        String kind = node.getLocalName();
        Element scope = (Element) node.getParentNode();
        if (kind.equals("boundaryEvent")) {
            return before.get(Dom.attr(node, "attachedToRef"));
        }
        if (kind.equals("startEvent")) {
            return scopeStart(scope);
        }
        if (kind.equals("subProcess") && "true".equals(Dom.attr(node, "triggeredByEvent"))) {
            return scopeStart(scope);
        }
        List<String> from = sources.getOrDefault(Dom.attr(node, "id"), List.of());
        boolean allArrive = kind.equals("parallelGateway") && from.size() > 1;
        Set<String> result = null;
        for (String source : from) {
            Set<String> out = after.get(source);
            if (out == null && allArrive) {
                return null;
            }
            if (out != null) {
                result = result == null ? new TreeSet<>(out) : combine(result, out, allArrive);
            }
        }
        return result;
    }

    private Set<String> out(Element node, Set<String> in) {
        Set<String> out = new TreeSet<>(in);
        out.addAll(sets.apply(node));
        if (node.getLocalName().equals("subProcess") && !"true".equals(Dom.attr(node, "triggeredByEvent"))) {
            Set<String> atEnd = null;
            for (Element inner : nodes) {
                String id = Dom.attr(inner, "id");
                boolean end = inner.getParentNode() == node && !targets.containsKey(id)
                        && !inner.getLocalName().equals("boundaryEvent");
                if (end && after.get(id) != null) {
                    atEnd = atEnd == null ? new TreeSet<>(after.get(id)) : combine(atEnd, after.get(id), false);
                }
            }
            if (atEnd != null) {
                out.addAll(atEnd);
            }
        }
        return out;
    }

    private Set<String> scopeStart(Element scope) {
        return scope == process ? atStart : before.get(Dom.attr(scope, "id"));
    }

    private static Set<String> combine(Set<String> a, Set<String> b, boolean union) {
        Set<String> result = new TreeSet<>(a);
        if (union) {
            result.addAll(b);
        } else {
            result.retainAll(b);
        }
        return result;
    }
}
