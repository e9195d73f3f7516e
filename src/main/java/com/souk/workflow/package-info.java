/** The process engine behind a small port: deploy models, start processes, correlate messages, run job handlers. */
package com.souk.workflow;
