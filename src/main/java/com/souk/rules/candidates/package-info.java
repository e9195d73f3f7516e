/** Files an analyst uploaded and is checking and simulating before deploying them, kept between the steps. */
package com.souk.rules.candidates;
