package com.souk.workflow.validation;

import com.souk.workflow.operaton.C8ModelTranslator;
import com.souk.workflow.operaton.ModelTranslationException;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only what the embedded engine's translation supports: the translation runs as at deployment, against the decisions
 * of the set, and the first construct it cannot carry over is a problem on that element.
 */
final class TranslationSupport {

    /** The translator's message: {@code file: serviceTask 'Reserve stock' (id Task_ReserveStock): problem}. */
    private static final Pattern ELEMENT = Pattern.compile("^(.*?) \\((?:id ([^)]*)|no id)\\): (.*)$", Pattern.DOTALL);
    private static final String HISTORY_TIME_TO_LIVE = "P180D";

    private TranslationSupport() {
    }

    static void check(ParsedModel model, ModelSet set, Findings findings) {
        try {
            new C8ModelTranslator(HISTORY_TIME_TO_LIVE).translate(model.name(),
                    new ByteArrayInputStream(model.file().content()), set.decisionOutputCounts());
        } catch (ModelTranslationException e) {
            String message = e.getMessage().startsWith(model.name() + ": ")
                    ? e.getMessage().substring(model.name().length() + 2) : e.getMessage();
            Matcher named = ELEMENT.matcher(message);
            String element = named.matches() && named.group(2) != null ? named.group(2) : "definitions";
            String problem = named.matches() ? named.group(1) + ": " + named.group(3) : message;
            // An earlier check has already explained what is wrong with this element, in the analyst's terms.
            if (!findings.names(element)) {
                findings.add(element, "Souk's embedded engine cannot run this: " + problem
                        + (problem.endsWith(".") ? "" : "."));
            }
        }
    }
}
