/**
 * Operaton's own Cockpit and Tasklist under /operaton, signed in through Souk's login: Souk's administrators and
 * dispute agents are mirrored into the engine's user store, and the engine's authorizations decide what they see.
 */
package com.souk.workflow.operaton.webapp;
