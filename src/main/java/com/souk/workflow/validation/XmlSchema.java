package com.souk.workflow.validation;

import com.souk.workflow.ModelKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.impl.BpmnParser;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.impl.DmnParser;
import org.operaton.bpm.model.xml.ModelException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The BPMN 2.0 or DMN schema, as Operaton's model API checks it. The model API reports only the first error and
 * without its column, so a refused file is parsed once more with the model API's own schema settings to find every
 * error with its line and column.
 */
final class XmlSchema {

    static final int MAX_REPORTED = 20;
    private static final Pattern CODE = Pattern.compile("^cvc-[\\w.-]+: ");
    private static final Pattern LINE = Pattern.compile("Line=(\\d+)");
    private static final Pattern NAMESPACE = Pattern.compile("\"([a-z]+:[^\"]*)\":");

    private XmlSchema() {
    }

    /** Whether the file passes; when not, every schema error is a problem and no later check should run. */
    static boolean check(ParsedModel model, Findings findings) {
        boolean process = ModelKind.PROCESS.equals(model.kind());
        try {
            if (process) {
                Bpmn.readModelFromStream(new ByteArrayInputStream(model.file().content()));
            } else {
                Dmn.readModelFromStream(new ByteArrayInputStream(model.file().content()));
            }
            return true;
        } catch (ModelException e) {
            List<SAXParseException> errors = locate(process ? new BpmnSettings().factory() : new DmnSettings().factory(),
                    model.file().content());
            String language = process ? "BPMN 2.0" : "DMN";
            for (SAXParseException error : errors) {
                findings.add(XmlSyntax.where(error), "This is not valid " + language + ": " + plain(error.getMessage())
                        + " Compare with a file saved by Camunda Modeler.");
            }
            if (errors.isEmpty()) {
                findings.add(where(e), "Operaton cannot read this " + language + " file: " + deepest(e));
            }
            return false;
        }
    }

    /** The parser's words without its rule code, and element names as the file writes them (bpmn:incoming). */
    private static String plain(String message) {
        String text = CODE.matcher(message).replaceFirst("").replace("'{", "'").replace("}'", "'");
        return NAMESPACE.matcher(text).replaceAll(m -> Dom.BPMN.equals(m.group(1)) ? "bpmn:"
                : Dom.ZEEBE.equals(m.group(1)) ? "zeebe:" : "");
    }

    private static List<SAXParseException> locate(DocumentBuilderFactory factory, byte[] content) {
        List<SAXParseException> errors = new ArrayList<>();
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                    if (errors.size() < MAX_REPORTED) {
                        errors.add(e);
                    }
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            builder.parse(new ByteArrayInputStream(content));
        } catch (Exception stillUnreadable) {
            // The errors collected so far are what can be said; the model API's own message covers the rest.
        }
        return errors;
    }

    private static String where(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher line = LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return "line " + line.group(1);
            }
        }
        return "definitions";
    }

    private static String deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Operaton's BPMN parser settings (namespace-aware, XXE-safe, BPMN 2.0 schema), for a parser of Souk's own. */
    private static final class BpmnSettings extends BpmnParser {
        DocumentBuilderFactory factory() {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            configureFactory(factory);
            return factory;
        }
    }

    /** Operaton's DMN parser settings, with the schemas of every DMN version it reads. */
    private static final class DmnSettings extends DmnParser {
        DocumentBuilderFactory factory() {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            configureFactory(factory);
            return factory;
        }
    }
}
