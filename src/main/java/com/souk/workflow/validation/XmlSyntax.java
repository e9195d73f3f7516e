package com.souk.workflow.validation;

import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Whether a .bpmn or .dmn file is well-formed XML with the right root element; the parser says where it is not. */
final class XmlSyntax {

    private XmlSyntax() {
    }

    /** The parsed document, or the problem that stops every later check. */
    record Result(Document document, ModelProblem problem) {
    }

    static Result parse(ModelFile file) {
        Document document;
        try {
            DocumentBuilder builder = builder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            document = builder.parse(new ByteArrayInputStream(file.content()));
        } catch (SAXParseException e) {
            return failed(new ModelProblem(file.name(), where(e), "The file is not well-formed XML here: "
                    + e.getMessage() + " A file cut short or edited by hand is the usual cause; save it again from"
                    + " Camunda Modeler."));
        } catch (SAXException | IOException e) {
            return failed(new ModelProblem(file.name(), "line 1, column 1",
                    "The file cannot be read as XML: " + e.getMessage()));
        }
        String rootProblem = rootProblem(file, document.getDocumentElement());
        return rootProblem == null ? new Result(document, null)
                : failed(new ModelProblem(file.name(), "line 1, column 1", rootProblem));
    }

    /** "line L, column C" of a parser's complaint. */
    static String where(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    private static String rootProblem(ModelFile file, Element root) {
        boolean definitions = "definitions".equals(root.getLocalName());
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if (ModelKind.PROCESS.equals(file.kind()) && !(definitions && Dom.BPMN.equals(namespace))) {
            return "A .bpmn file holds <bpmn:definitions> of BPMN 2.0 (" + Dom.BPMN + "), but this one starts with <"
                    + root.getNodeName() + ">" + (namespace.isEmpty() ? "" : " of " + namespace) + ".";
        }
        if (ModelKind.DECISION.equals(file.kind()) && !(definitions && namespace.contains("/spec/DMN/"))) {
            return "A .dmn file holds <definitions> of DMN (such as https://www.omg.org/spec/DMN/20191111/MODEL/),"
                    + " but this one starts with <" + root.getNodeName() + ">"
                    + (namespace.isEmpty() ? "" : " of " + namespace) + ".";
        }
        return null;
    }

    private static Result failed(ModelProblem problem) {
        return new Result(null, problem);
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            // A model file never needs a DOCTYPE; refusing it keeps external entities out.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
