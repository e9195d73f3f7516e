package com.souk.common.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.NotFoundException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors a person causes on a page get the friendly error page with the status and a plain explanation. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange(OptimisticLockingFailureException e) {
        return page(HttpStatus.CONFLICT, ApiExceptionHandler.CONCURRENT_CHANGE);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView refused(BusinessRuleException e) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(com.souk.common.ServiceUnavailableException.class)
    ModelAndView unavailable(com.souk.common.ServiceUnavailableException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView("error", Map.of("status", status.value(), "message", message), status);
    }
}
