package com.souk.rules.simulation;

import com.souk.workflow.ModelFile;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The decisions of a DMN file and the variables each one reads, found in the XML without an engine: which past cases
 * can replay a decision depends on the variables its input expressions name.
 */
final class DmnOutline {

    /** One decision: its id, its name, and the variables its inputs read (its required decisions' inputs too). */
    record Decision(String id, String name, Set<String> reads) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "if", "then",
            "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function",
            "external", "item");
    // FEEL's built-in functions whose names have spaces, so their words are not taken for variables.
    private static final Pattern SPACED_FUNCTION = Pattern.compile("\\b(?:string length|upper case|lower case|"
            + "substring before|substring after|starts with|ends with|date and time|years and months duration|"
            + "day of week|day of year|month of year|week of year|list contains|insert before|index of|"
            + "distinct values|get value|get entries|is defined|get or else|string join|list replace|"
            + "context put|context merge|last day of month|round half up|round half down|round up|round down)"
            + "\\s*\\(");

    private DmnOutline() {
    }

    /** The decisions in the file's order; none when the XML does not parse (validation reports that). */
    static List<Decision> read(ModelFile file) {
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(file.content()));
        } catch (Exception notXml) {
            return List.of();
        }
        Map<String, Element> byId = new LinkedHashMap<>();
        NodeList decisions = document.getElementsByTagNameNS("*", "decision");
        for (int i = 0; i < decisions.getLength(); i++) {
            Element decision = (Element) decisions.item(i);
            byId.put(decision.getAttribute("id"), decision);
        }
        List<Decision> outline = new ArrayList<>();
        byId.forEach((id, element) -> outline.add(new Decision(id,
                element.getAttribute("name").isBlank() ? id : element.getAttribute("name"),
                reads(element, byId, new LinkedHashSet<>()))));
        return outline;
    }

    private static Set<String> reads(Element decision, Map<String, Element> byId, Set<String> visited) {
        Set<String> names = new LinkedHashSet<>();
        if (!visited.add(decision.getAttribute("id"))) {
            return names;
        }
        Set<String> produced = new LinkedHashSet<>();
        for (Element required : children(decision, "informationRequirement")) {
            for (Element reference : children(required, "requiredDecision")) {
                Element other = byId.get(reference.getAttribute("href").replaceFirst("^#", ""));
                if (other != null) {
                    names.addAll(reads(other, byId, visited));
                    produced.add(other.getAttribute("id"));
                    produced.add(other.getAttribute("name"));
                    elements(other, "output").forEach(o -> produced.add(o.getAttribute("name")));
                }
            }
        }
        for (Element expression : elements(decision, "inputExpression")) {
            elements(expression, "text").forEach(t -> names.addAll(variablesIn(t.getTextContent())));
        }
        for (Element literal : children(decision, "literalExpression")) {
            elements(literal, "text").forEach(t -> names.addAll(variablesIn(t.getTextContent())));
        }
        names.removeAll(produced);
        return names;
    }

    /** The names a FEEL expression reads: words outside string literals that are no keyword, function or path step. */
    static Set<String> variablesIn(String feel) {
        Set<String> names = new LinkedHashSet<>();
        String text = STRING.matcher(feel == null ? "" : feel).replaceAll("\"\"");
        text = SPACED_FUNCTION.matcher(text).replaceAll("f(");
        Matcher word = NAME.matcher(text);
        while (word.find()) {
            String before = text.substring(0, word.start()).stripTrailing();
            String after = text.substring(word.end()).stripLeading();
            boolean pathStep = before.endsWith(".");
            boolean call = after.startsWith("(");
            boolean number = word.start() > 0 && Character.isDigit(text.charAt(word.start() - 1));
            if (!pathStep && !call && !number && !FEEL_WORDS.contains(word.group())) {
                names.add(word.group());
            }
        }
        return names;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> elements(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // An uploaded file must not make the parser read other files or hosts.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder;
    }
}
