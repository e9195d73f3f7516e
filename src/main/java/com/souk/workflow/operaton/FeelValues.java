package com.souk.workflow.operaton;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/** Maps the small, safe subset of Camunda 8 FEEL values onto Operaton literals and JUEL expressions. */
final class FeelValues {

  private static final Pattern VARIABLE_PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  // JUEL would parse these as operators or literals, so `${div}` would not read a variable.
  private static final Set<String> JUEL_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt",
      "le", "ge", "true", "false", "null", "instanceof", "empty", "div", "mod");

  private FeelValues() {
  }

  static boolean isExpression(String value) {
    return value.strip().startsWith("=");
  }

  static String expressionBody(String value) {
    return value.strip().substring(1).strip();
  }

  /** The variable path of {@code =a.b.c}; empty for literals and for anything richer than a path. */
  static Optional<String> variablePath(String value) {
    if (!isExpression(value)) {
      return Optional.empty();
    }
    String body = expressionBody(value);
    if (!VARIABLE_PATH.matcher(body).matches()) {
      return Optional.empty();
    }
    for (String segment : body.split("\\.")) {
      if (JUEL_KEYWORDS.contains(segment)) {
        return Optional.empty();
      }
    }
    return Optional.of(body);
  }

  static Optional<String> variableName(String value) {
    return variablePath(value).filter(path -> !path.contains("."));
  }

  /** A literal stays literal; {@code =path} becomes {@code ${path}}; any other FEEL is refused. */
  static String toLiteralOrJuel(String resource, ModelElementInstance owner, String what, String value) {
    if (!isExpression(value)) {
      return requireLiteral(resource, owner, what, value);
    }
    return variablePath(value).map(path -> "${" + path + "}").orElseThrow(() ->
        ModelTranslationException.at(resource, owner, what + " '" + value.strip()
            + "' is a FEEL expression; only a variable or dotted path such as =shipBy or =terms.shipBy can be translated"));
  }

  /**
   * Operaton evaluates ${...} and #{...} inside these attributes, so a Camunda 8 literal containing
   * them would silently change meaning.
   */
  static String requireLiteral(String resource, ModelElementInstance owner, String what, String value) {
    String literal = value.strip();
    if (isExpression(literal)) {
      throw ModelTranslationException.at(resource, owner,
          what + " '" + literal + "' is a FEEL expression; only a literal value is supported on the embedded engine");
    }
    if (literal.contains("${") || literal.contains("#{")) {
      throw ModelTranslationException.at(resource, owner,
          what + " '" + literal + "' contains ${ or #{, which the embedded engine would evaluate as an expression");
    }
    return literal;
  }
}
