package com.souk.rules.tables;

import static com.souk.rules.tables.SafeXml.attribute;
import static com.souk.rules.tables.SafeXml.children;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Reads a BPMN file into its elements. An element is anything with an id directly in the definitions, a process, a
 * sub-process, a collaboration or a lane set; what is nested inside it (event definitions, conditions, zeebe
 * extension elements) becomes its properties, so a changed task type or timer reads as a change of that element.
 */
public final class BpmnElements {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** Elements whose children with an id are elements of their own. */
    private static final Set<String> CONTAINERS = Set.of("definitions", "process", "subProcess", "transaction",
            "adHocSubProcess", "collaboration", "laneSet");
    /** Children with an id that belong to the element holding them rather than standing alone. */
    private static final Set<String> PARTS = Set.of("documentation", "extensionElements", "ioSpecification", "property",
            "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "dataInputAssociation",
            "dataOutputAssociation", "conditionExpression", "completionCondition", "loopCardinality");
    /** Children that repeat what sequence flows already say. */
    private static final Set<String> SKIPPED = Set.of("incoming", "outgoing");

    private BpmnElements() {
    }

    /** @throws UnreadableModelException when the text is not XML or not BPMN 2.0 */
    public static ProcessModel read(String xml) {
        Element definitions = SafeXml.parse(xml).getDocumentElement();
        if (!"definitions".equals(definitions.getLocalName()) || !BPMN.equals(definitions.getNamespaceURI())) {
            throw new UnreadableModelException("the file is not BPMN 2.0: its root element is "
                    + definitions.getTagName() + " in namespace " + definitions.getNamespaceURI());
        }
        List<ProcessElement> elements = new ArrayList<>();
        collect(definitions, elements);
        return new ProcessModel(elements);
    }

    private static void collect(Element container, List<ProcessElement> elements) {
        for (Element child : children(container)) {
            if (standsAlone(child)) {
                Map<String, String> properties = new LinkedHashMap<>();
                attributes(child, "", properties, true);
                for (Element part : children(child)) {
                    if (!(CONTAINERS.contains(child.getLocalName()) && standsAlone(part))) {
                        nested(part, "", properties);
                    }
                }
                elements.add(new ProcessElement(child.getAttribute("id"), child.getLocalName(),
                        attribute(child, "name"), properties));
                if (CONTAINERS.contains(child.getLocalName())) {
                    collect(child, elements);
                }
            }
        }
    }

    private static boolean standsAlone(Element e) {
        return BPMN.equals(e.getNamespaceURI()) && e.hasAttribute("id") && !PARTS.contains(e.getLocalName())
                && !e.getLocalName().endsWith("EventDefinition");
    }

    /** A nested element's attributes and text, under a path of the elements leading to it. */
    private static void nested(Element e, String path, Map<String, String> properties) {
        if (BPMN.equals(e.getNamespaceURI()) && SKIPPED.contains(e.getLocalName())) {
            return;
        }
        String here = BPMN.equals(e.getNamespaceURI()) && "extensionElements".equals(e.getLocalName()) ? path
                : path + (path.isEmpty() ? "" : "/") + segment(e);
        attributes(e, here, properties, false);
        List<Element> children = children(e);
        if (children.isEmpty() && !e.getTextContent().isBlank()) {
            put(properties, PropertyNames.label(here), e.getTextContent().strip());
        }
        for (Element child : children) {
            nested(child, here, properties);
        }
    }

    private static void attributes(Element e, String path, Map<String, String> properties, boolean own) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = qualified(a.getNamespaceURI(), a.getLocalName() == null ? a.getName() : a.getLocalName(),
                    a.getPrefix());
            if (XMLNS.equals(a.getNamespaceURI()) || XSI.equals(a.getNamespaceURI()) || "id".equals(name)
                    || (own && "name".equals(name)) || identifying(e).equals(name)) {
                continue;
            }
            put(properties, PropertyNames.label(path.isEmpty() ? name : path + " " + name), a.getValue());
        }
    }

    /** A nested element's path segment; repeated ones (headers, mappings, properties) say what tells them apart. */
    private static String segment(Element e) {
        String name = qualified(e.getNamespaceURI(), e.getLocalName(), e.getPrefix());
        String key = identifying(e);
        return key.isEmpty() ? name : name + "[" + e.getAttribute(key) + "]";
    }

    /** The attribute that identifies a repeated extension element, or "" for none. */
    private static String identifying(Element e) {
        if (!ZEEBE.equals(e.getNamespaceURI())) {
            return "";
        }
        for (String key : List.of("key", "target", "name")) {
            if (e.hasAttribute(key)) {
                return key;
            }
        }
        return "";
    }

    private static String qualified(String namespace, String localName, String prefix) {
        if (namespace == null || BPMN.equals(namespace)) {
            return localName;
        }
        return (ZEEBE.equals(namespace) ? "zeebe" : prefix == null ? namespace : prefix) + ":" + localName;
    }

    /** A second value under the same name (a lane's nodes, say) joins the first. */
    private static void put(Map<String, String> properties, String name, String value) {
        properties.merge(name, value, (a, b) -> a + ", " + b);
    }
}
