package com.souk.workflow;

/**
 * One reason a model cannot be deployed: the file, the element (its id, or "line L, column C" where the XML
 * does not parse) and what is wrong, in words an analyst can act on.
 */
public record ModelProblem(String file, String element, String message) {
}
