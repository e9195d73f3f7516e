package com.souk.workflow.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** Finding the BPMN elements several checks look at: message catchers, their messages and correlation keys. */
final class BpmnElements {

    private BpmnElements() {
    }

    /** Receive tasks and message catch, boundary and start events of a process, in document order. */
    static List<Element> messageCatchers(Element process) {
        List<Element> catchers = new ArrayList<>();
        for (Element element : Dom.elements(process)) {
            if (isMessageCatcher(element)) {
                catchers.add(element);
            }
        }
        return catchers;
    }

    static boolean isMessageCatcher(Element element) {
        if (!Dom.BPMN.equals(element.getNamespaceURI())) {
            return false;
        }
        String kind = element.getLocalName();
        boolean event = kind.equals("intermediateCatchEvent") || kind.equals("boundaryEvent")
                || kind.equals("startEvent");
        return kind.equals("receiveTask") || event && Dom.child(element, "messageEventDefinition").isPresent();
    }

    /** The bpmn:message a catcher waits for. */
    static Optional<Element> message(Element catcher, Map<String, Element> byId) {
        Element holder = catcher.getLocalName().equals("receiveTask") ? catcher
                : Dom.child(catcher, "messageEventDefinition").orElse(catcher);
        String ref = Dom.attr(holder, "messageRef");
        Element message = ref == null ? null : byId.get(ref);
        return message != null && "message".equals(message.getLocalName()) ? Optional.of(message) : Optional.empty();
    }

    static Optional<String> correlationKey(Element message) {
        return Dom.zeebe(message, "subscription").map(s -> Dom.attr(s, "correlationKey"));
    }

    /** A message start event of the process itself creates an instance; nothing waits, so it needs no key. */
    static boolean startsProcess(Element catcher) {
        return catcher.getLocalName().equals("startEvent")
                && "process".equals(((Element) catcher.getParentNode()).getLocalName());
    }

    /** The element a job task, business rule task or user task is, for zeebe extension elements below it. */
    static Element owner(Element zeebeExtension) {
        return (Element) zeebeExtension.getParentNode().getParentNode();
    }
}
