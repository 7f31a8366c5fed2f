package org.smartcityplanner.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page request naming something that is not in the province of its path gets the ordinary 404 page, the same
 * as for something that never existed (see {@link NotInProvinceException}). The error is sent rather than
 * rendered here so the error page gets its layout like every other error.
 */
@ControllerAdvice(annotations = Controller.class)
class NotInProvincePageAdvice {

	@ExceptionHandler(NotInProvinceException.class)
	void notInProvince(NotInProvinceException e, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
