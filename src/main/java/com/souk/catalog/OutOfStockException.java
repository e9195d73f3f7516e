package com.souk.catalog;

/** Not enough stock to reserve an order's items. */
public class OutOfStockException extends RuntimeException {

    public OutOfStockException(String message) {
        super(message);
    }
}
