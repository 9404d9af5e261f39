package cn.nianbao.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Failures on the pages as a page in Chinese (the API's controllers answer JSON through ApiErrors). */
@ControllerAdvice(basePackages = {"cn.nianbao.web", "cn.nianbao.account.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        return page(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            org.springframework.validation.BindException.class})
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "地址中的参数不对，请从列表重新打开。");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView internal(Exception e) {
        LOG.error("page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误，已记录。");
    }

    private static ModelAndView page(HttpStatusCode status, String message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
