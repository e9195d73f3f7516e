package com.souk.common;

/** A service Souk depends on (the process engine's cluster, for one) did not answer; trying again later may work. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
