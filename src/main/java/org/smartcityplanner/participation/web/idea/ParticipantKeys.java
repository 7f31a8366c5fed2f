package org.smartcityplanner.participation.web.idea;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.domain.eligibility.EligibilityDecision;
import org.smartcityplanner.participation.web.eligibility.NotEligibleException;
import org.smartcityplanner.participation.web.eligibility.PublicParticipants;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who takes part, as a key stored with an idea, a support or a comment, decided by the province's participation
 * rule ({@link org.smartcityplanner.participation.internal.eligibility.Eligibility}): {@code code:<id>} after a
 * participation code was entered in this browser session, {@code account:<id>} for a signed-in account of the
 * province, else (where anyone may take part) {@code session:<random>} kept in the HTTP session (sessions live in
 * the database, so every node sees the same key).
 */
@Component
public class ParticipantKeys {

	private static final Pattern PUBLIC_PATH = Pattern.compile("^/(?:api/v1/)?public/(TH-\\d{2})(?:/|$)");

	private final PublicParticipants participants;

	ParticipantKeys(PublicParticipants participants) {
		this.participants = participants;
	}

	/**
	 * The participant's key for the province of the request's path ({@code /public/{code}/…} or
	 * {@code /api/v1/public/{code}/…}).
	 *
	 * @throws NotEligibleException when the province's rule refuses the sender: pages answer 403 with the way in
	 *         (enter a code, sign in), the API a problem+json naming the refusal
	 */
	public String of(HttpServletRequest request) {
		ProvinceCode province = provinceOf(request);
		return allowed(province, participants.decide(province, request)).participantKey();
	}

	/**
	 * Whether the sender may take part, without opening a session: for a form to say so before anything is typed
	 * (and lost when the submission is refused).
	 */
	public EligibilityDecision check(HttpServletRequest request) {
		return participants.check(provinceOf(request), request);
	}

	/**
	 * Refuses, as {@link #of} would, a sender the province's rule does not let in, without opening a session.
	 *
	 * @throws NotEligibleException when the rule refuses the sender
	 */
	public void requireEligible(HttpServletRequest request) {
		ProvinceCode province = provinceOf(request);
		allowed(province, participants.check(province, request));
	}

	private static EligibilityDecision allowed(ProvinceCode province, EligibilityDecision decision) {
		if (!decision.isAllowed()) {
			throw new NotEligibleException(province, decision.refusalKey());
		}
		return decision;
	}

	static ProvinceCode provinceOf(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("code") instanceof String code && code.matches("TH-\\d{2}")) {
			return new ProvinceCode(code);
		}
		Matcher path = PUBLIC_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (path.find()) {
			return new ProvinceCode(path.group(1));
		}
		throw new IllegalStateException("participant keys are for the public pages of a province: "
				+ request.getRequestURI());
	}
}
