package org.smartcityplanner.participation.web.idea;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.smartcityplanner.publicaccess.Secrets;
import org.springframework.stereotype.Component;

/**
 * Who takes part, as a key stored with an idea, a support or a comment. In the "anyone" mode it is a random key
 * kept in the HTTP session (sessions live in the database, so every node sees the same key): one browser is one
 * participant for as long as its session lasts. Participation codes and accounts replace this per process.
 */
@Component
public class ParticipantKeys {

	static final String ATTRIBUTE = "participation.participantKey";

	/** The participant's key, made on first use; {@code s:} marks a session key among other kinds of key. */
	public String of(HttpServletRequest request) {
		HttpSession session = request.getSession(true);
		Object key = session.getAttribute(ATTRIBUTE);
		if (key instanceof String known) {
			return known;
		}
		String made = "s:" + Secrets.secret();
		session.setAttribute(ATTRIBUTE, made);
		return made;
	}
}
