package org.smartcityplanner.notification.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands the layout the bell as a model attribute rather than a bean reference, so a page rendered in a test
 * context without this module (a module test of another module) shows no bell instead of failing. Adding the
 * attribute costs nothing: the count is only queried when the layout renders the bell.
 */
@ControllerAdvice
class NoticeBellAdvice {

	private final NoticeBell bell;

	NoticeBellAdvice(NoticeBell bell) {
		this.bell = bell;
	}

	@ModelAttribute("noticeBell")
	NoticeBell noticeBell() {
		return bell;
	}
}
