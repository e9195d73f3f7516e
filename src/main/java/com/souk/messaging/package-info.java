/** Buyer–seller conversations: one per order (agents read it during a dispute) and product questions before buying. */
package com.souk.messaging;
