/** Escrow: the payment-gateway port with its sandbox, and the double-entry ledger every money movement goes through. */
package com.souk.payment;
