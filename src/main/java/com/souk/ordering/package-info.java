/** Checkout, the Order aggregate with its status and timeline, and the purchase process's job handlers. */
package com.souk.ordering;
