/**
 * The analysts' rules workbench: validate, simulate, deploy and roll back processes, decision tables and forms, an
 * audit log of all of it, and the stuck orders a bad rule can leave behind.
 */
package com.souk.rules;
