package com.souk.workflow.validation;

import com.souk.workflow.ProcessContract;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * Every process is one Souk starts, and every message it waits for is one Souk sends to it, with a correlation key
 * to find the waiting instance by.
 */
final class Messages {

    private final Map<String, ProcessContract> contracts;

    Messages(Map<String, ProcessContract> contracts) {
        this.contracts = contracts;
    }

    void check(ParsedModel model, Findings findings) {
        Map<String, Element> byId = Dom.byId(model.root());
        for (Element process : Dom.children(model.root(), "process")) {
            String processId = Dom.attr(process, "id");
            ProcessContract contract = contracts.get(processId);
            if (contract == null) {
                findings.add(processId == null ? "definitions" : processId, "Souk never starts a process \""
                        + processId + "\", and nothing in Souk says which variables it would have. Use the id of a"
                        + " process Souk runs: " + String.join(", ", new TreeSet<>(contracts.keySet())) + ".");
            }
            for (Element catcher : BpmnElements.messageCatchers(process)) {
                catcher(catcher, byId, contract, findings);
            }
        }
    }

    private void catcher(Element catcher, Map<String, Element> byId, ProcessContract contract, Findings findings) {
        String id = Dom.owningId(catcher);
        Element message = BpmnElements.message(catcher, byId).orElse(null);
        if (message == null) {
            findings.add(id, "The " + Dom.describe(catcher) + " waits for a message but names none; choose the"
                    + " message it waits for.");
            return;
        }
        String name = Dom.attr(message, "name");
        if (name == null) {
            findings.add(id, "The " + Dom.describe(catcher) + " waits for message " + Dom.owningId(message)
                    + ", which has no name; give it the name Souk sends, such as OrderShipped.");
            return;
        }
        Optional<String> key = BpmnElements.correlationKey(message);
        if (key.isEmpty() && !BpmnElements.startsProcess(catcher)) {
            findings.add(id, "The message \"" + name + "\" that " + Dom.describe(catcher) + " waits for has no"
                    + " correlation key (zeebe:subscription correlationKey), so Souk could not tell which order it is"
                    + " for; set it to =orderId.");
        }
        if (contract != null && !contract.byMessage().containsKey(name)) {
            findings.add(id, "The " + Dom.describe(catcher) + " waits for message \"" + name + "\", but Souk never"
                    + " sends that to process \"" + contract.processId() + "\", so it would wait forever. Souk sends: "
                    + String.join(", ", new TreeSet<>(contract.byMessage().keySet())) + ".");
        }
    }
}
