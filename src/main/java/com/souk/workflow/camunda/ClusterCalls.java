package com.souk.workflow.camunda;

import com.souk.common.ConflictException;
import com.souk.common.NotFoundException;
import com.souk.common.ServiceUnavailableException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.command.ProblemException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Sends a command or query to the cluster and turns its refusals into Souk's exceptions, so pages and the API answer
 * the same in both modes: 404 is {@link NotFoundException}, 409 {@link ConflictException}, 5xx, time-outs and an
 * unreachable cluster {@link ServiceUnavailableException}; what is left (400, 401, 403) is a defect or a
 * misconfiguration and stays an {@link IllegalStateException} naming what was sent.
 */
final class ClusterCalls {

    private ClusterCalls() {
    }

    static <T> T send(String action, FinalCommandStep<T> command) {
        try {
            return command.send().join();
        } catch (RuntimeException e) {
            throw translate(action, e);
        }
    }

    /** The HTTP status the cluster answered, 0 when it did not answer at all. */
    static int status(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof ClientHttpException http) {
            return http.code();
        }
        if (e instanceof ClientStatusException grpc) {
            return switch (grpc.getStatusCode()) {
                case NOT_FOUND -> 404;
                case ALREADY_EXISTS, FAILED_PRECONDITION, ABORTED -> 409;
                case INVALID_ARGUMENT -> 400;
                case UNAUTHENTICATED -> 401;
                case PERMISSION_DENIED -> 403;
                default -> 503;
            };
        }
        return 0;
    }

    static RuntimeException translate(String action, Throwable failure) {
        Throwable e = unwrap(failure);
        int status = status(e);
        String detail = detail(e);
        if (status == 404) {
            return new NotFoundException("The process engine has no such thing: " + action + " (" + detail + ").");
        }
        if (status == 409) {
            return new ConflictException("The process engine refused to " + action + " in its current state ("
                    + detail + ").");
        }
        if (status == 0 || status == 429 || status >= 500 || e instanceof TimeoutException) {
            return new ServiceUnavailableException("The process engine's cluster did not answer (" + action + ": "
                    + detail + "); please try again shortly.", e);
        }
        return new IllegalStateException("The cluster refused to " + action + " with HTTP " + status + ": " + detail, e);
    }

    private static String detail(Throwable e) {
        if (e instanceof ProblemException problem && problem.details() != null
                && problem.details().getDetail() != null) {
            return problem.details().getDetail();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || (current.getClass() == io.camunda.client.api.command.ClientException.class
                        && current.getCause() != null))
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
