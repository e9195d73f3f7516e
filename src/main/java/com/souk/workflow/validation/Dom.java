package com.souk.workflow.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading BPMN and DMN documents as plain DOM, so files the model APIs refuse can still be named element by element. */
final class Dom {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
    static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    private Dom() {
    }

    /** Direct children with this local name, in the parent's namespace. */
    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())
                    && sameNamespace(parent.getNamespaceURI(), e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every element below the root (and the root) with this namespace and local name, in document order. */
    static List<Element> all(Element root, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        if (localName.equals(root.getLocalName()) && sameNamespace(namespace, root.getNamespaceURI())) {
            found.add(root);
        }
        NodeList list = root.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** Every element of the document in document order. */
    static List<Element> elements(Element root) {
        List<Element> found = new ArrayList<>();
        found.add(root);
        NodeList list = root.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The zeebe extension element of a BPMN element: owner/extensionElements/zeebe:localName. */
    static Optional<Element> zeebe(Element owner, String localName) {
        for (Element extensions : children(owner, "extensionElements")) {
            for (Node n = extensions.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && ZEEBE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The attribute's value without surrounding blanks; null when absent or blank (the Modeler writes "" for cleared fields). */
    static String attr(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    /** The id of the element or of its nearest ancestor that has one: what an analyst can find in the Modeler. */
    static String owningId(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n instanceof Element e && attr(e, "id") != null) {
                return attr(e, "id");
            }
        }
        return "definitions";
    }

    /** For example {@code serviceTask 'Reserve stock' (Task_ReserveStock)}. */
    static String describe(Element element) {
        String name = attr(element, "name");
        return element.getLocalName() + (name == null ? "" : " '" + name + "'") + " (" + owningId(element) + ")";
    }

    /** Position of every id in the document, to put problems other libraries report in document order. */
    static Map<String, Integer> idOrder(Element root) {
        Map<String, Integer> order = new HashMap<>();
        for (Element e : elements(root)) {
            String id = attr(e, "id");
            if (id != null) {
                order.putIfAbsent(id, order.size());
            }
        }
        return order;
    }

    /** The elements by id, for following references such as sourceRef and messageRef. */
    static Map<String, Element> byId(Element root) {
        Map<String, Element> byId = new HashMap<>();
        for (Element e : elements(root)) {
            String id = attr(e, "id");
            if (id != null) {
                byId.putIfAbsent(id, e);
            }
        }
        return byId;
    }

    private static boolean sameNamespace(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
