package org.smartcityplanner.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Shows people by their name rather than their sign-in name, in templates as {@code @people.name(username)}.
 * Names are looked up once per request and kept for the rest of it, so a page listing fifty comments by three
 * people asks the database three times at most, and a renamed account shows its new name on the next page.
 * Changes made outside a signed-in request carry the actor {@code system}; that shows as "the system" in the page's
 * language, never as the English word.
 */
@Component("people")
public class PeopleNames {

	private static final String CACHE = PeopleNames.class.getName() + ".cache";

	/** The actor recorded for changes outside a signed-in request (see {@code IdentityApi.actorName()}). */
	static final String SYSTEM_ACTOR = "system";

	private final IdentityUseCases identity;
	private final MessageSource messages;

	PeopleNames(IdentityUseCases identity, MessageSource messages) {
		this.identity = identity;
		this.messages = messages;
	}

	/** The display name of {@code username}, or the sign-in name itself when no account has it any more. */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (SYSTEM_ACTOR.equals(username)) {
			return messages.getMessage("people.system", null, LocaleContextHolder.getLocale());
		}
		Map<String, String> cache = requestCache();
		return cache.computeIfAbsent(username,
				name -> identity.displayNames(List.of(name)).getOrDefault(name, name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> requestCache() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HashMap<>();
		}
		Map<String, String> cache = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (cache == null) {
			cache = new HashMap<>();
			request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
		}
		return cache;
	}
}
