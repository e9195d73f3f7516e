/** Buyer protection: disputes, seller responses, partial offers, agent decisions and the refunds they lead to. */
package com.souk.protection;
