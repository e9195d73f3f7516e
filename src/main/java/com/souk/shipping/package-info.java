/** Shipments: which carrier took an order and under which tracking number. */
package com.souk.shipping;
