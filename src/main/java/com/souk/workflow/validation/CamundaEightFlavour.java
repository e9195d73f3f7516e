package com.souk.workflow.validation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The file is made for Camunda 8: its execution platform, where it says one, is Camunda Cloud, and nothing in it is
 * a Camunda 7 or Operaton extension, which Souk's models never use and its translation would not carry over.
 */
final class CamundaEightFlavour {

    static final String CAMUNDA_8 = "Camunda Cloud";

    private static final Map<String, String> FOREIGN = Map.of(
            "http://camunda.org/schema/1.0/bpmn", "Camunda 7",
            "http://camunda.org/schema/1.0/dmn", "Camunda 7",
            "http://operaton.org/schema/1.0/bpmn", "Operaton",
            "http://operaton.org/schema/1.0/dmn", "Operaton");

    private CamundaEightFlavour() {
    }

    static void check(ParsedModel model, Findings findings) {
        if (model.form() != null) {
            String platform = model.form().path("executionPlatform").asText(null);
            if (platform != null && !CAMUNDA_8.equals(platform)) {
                String id = model.form().path("id").asText("form");
                findings.add(id, platformMessage(platform, "form"));
            }
            return;
        }
        Element root = model.root();
        String platform = root.hasAttributeNS(Dom.MODELER, "executionPlatform")
                ? root.getAttributeNS(Dom.MODELER, "executionPlatform") : null;
        if (platform != null && !CAMUNDA_8.equals(platform)) {
            findings.add(Dom.owningId(root), platformMessage(platform, "diagram"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Element element : Dom.elements(root)) {
            String engine = engine(element.getNamespaceURI());
            if (engine != null && seen.add(Dom.owningId(element) + " " + element.getNodeName())) {
                findings.add(Dom.owningId(element), "<" + element.getNodeName() + "> is a " + engine + " extension;"
                        + " Souk runs Camunda 8 models, so remove it and use the Camunda 8 (zeebe) properties instead.");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String attributeEngine = engine(attribute.getNamespaceURI());
                if (attributeEngine != null) {
                    findings.add(Dom.owningId(element), attribute.getName() + "=\"" + attribute.getValue() + "\" is a "
                            + attributeEngine + " attribute; Souk runs Camunda 8 models, so remove it and use the"
                            + " Camunda 8 (zeebe) properties instead.");
                }
            }
        }
    }

    private static String engine(String namespace) {
        return namespace == null ? null : FOREIGN.get(namespace);
    }

    private static String platformMessage(String platform, String what) {
        return "The " + what + " is made for \"" + platform + "\", but Souk runs Camunda 8 models (\"" + CAMUNDA_8
                + "\"). In Camunda Modeler, create it as a Camunda 8 " + what + " and copy the content over.";
    }
}
