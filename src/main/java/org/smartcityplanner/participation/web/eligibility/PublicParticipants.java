package org.smartcityplanner.participation.web.eligibility;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.smartcityplanner.participation.domain.eligibility.EligibilityDecision;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The participant behind a public request, as {@link Eligibility} judges them: a random key and the participation
 * codes redeemed are kept in the browser's session (stored in the database, so every node sees them).
 */
@Component
public class PublicParticipants {

	static final String SESSION_KEY = "scp.participation.sessionKey";
	private static final String CODE_PREFIX = "scp.participation.code.";

	private final Eligibility eligibility;

	PublicParticipants(Eligibility eligibility) {
		this.eligibility = eligibility;
	}

	/** Decides for the sender of an input, giving their browser a session (and so a participant key) if needed. */
	public EligibilityDecision decide(ProvinceCode province, HttpServletRequest request) {
		HttpSession session = request.getSession(true);
		String key = (String) session.getAttribute(SESSION_KEY);
		if (key == null) {
			key = Secrets.secret();
			session.setAttribute(SESSION_KEY, key);
		}
		return eligibility.decide(province, key, codeOf(session, province));
	}

	/** Whether the sender may take part, without opening a session: for showing a form or a notice. */
	public EligibilityDecision check(ProvinceCode province, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String key = session == null ? null : (String) session.getAttribute(SESSION_KEY);
		return eligibility.decide(province, key == null ? "not-yet" : key, codeOf(session, province));
	}

	/** Whether a code of the province was entered in this browser session. */
	public boolean hasCode(ProvinceCode province, HttpServletRequest request) {
		return codeOf(request.getSession(false), province) != null;
	}

	/**
	 * Binds the session to the redeemed code; the session gets a new id first, so an id planted before (session
	 * fixation) does not take part under the code.
	 */
	void bindCode(ProvinceCode province, long codeId, HttpServletRequest request) {
		request.getSession(true);
		request.changeSessionId();
		request.getSession().setAttribute(CODE_PREFIX + province.value(), codeId);
	}

	private static Long codeOf(HttpSession session, ProvinceCode province) {
		return session == null ? null : (Long) session.getAttribute(CODE_PREFIX + province.value());
	}
}
