/**
 * What changed between two versions of a model, worked out from the readable models of {@code rules.tables}: per
 * decision (columns, hit policy, rules cell by cell), per BPMN element, per form component. Pure functions.
 */
package com.souk.rules.diff;
