/**
 * Readable models of the workbench's files, engine-independent: a DMN file's decision tables, a BPMN file's elements
 * and a form's fields, read with the JDK's XML parser and Jackson, for the model pages and the diffs.
 */
package com.souk.rules.tables;
