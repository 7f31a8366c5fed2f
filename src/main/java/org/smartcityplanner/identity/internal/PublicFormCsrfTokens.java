package org.smartcityplanner.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a form's CSRF token is kept: in the session for the signed-in application, in a cookie of its own for the
 * public survey pages. Anonymous respondents have no other use for a session, and a session stored in the database
 * costs every answer a read and a write of it (issue 13: the survey submission path under load); the cookie (the
 * double-submit pattern) protects the form as well, and only pages under {@link #PUBLIC_FORMS} ever see it.
 * Someone who has a session keeps their tokens in it everywhere (see {@link #of}).
 */
final class PublicFormCsrfTokens implements CsrfTokenRepository {

	/** The public forms whose tokens live in a cookie. */
	static final String PUBLIC_FORMS = "/survey/";

	private final CsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	PublicFormCsrfTokens() {
		cookies.setCookieName("SCP-FORM-TOKEN");
		cookies.setCookiePath(PUBLIC_FORMS.substring(0, PUBLIC_FORMS.length() - 1));
		cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

	/**
	 * The cookie for someone without a session on a public form; whoever has a session (staff looking at their
	 * survey's public page) keeps the session's token, so the page's other forms (signing out) still match it.
	 */
	private CsrfTokenRepository of(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + PUBLIC_FORMS)
				&& request.getSession(false) == null ? cookies : sessions;
	}
}
