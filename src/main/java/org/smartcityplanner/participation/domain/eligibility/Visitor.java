package org.smartcityplanner.participation.domain.eligibility;

/**
 * What is known about someone at a public form of one province.
 *
 * @param sessionKey a random key kept in their browser session (always present)
 * @param codeId the participation code they redeemed in this province in this session, or {@code null}
 * @param accountId their signed-in account, or {@code null}
 * @param accountOfProvince whether that account reaches the province (membership, engagement, admin)
 */
public record Visitor(String sessionKey, Long codeId, Long accountId, boolean accountOfProvince) {

	public Visitor {
		if (sessionKey == null || sessionKey.isBlank()) {
			throw new IllegalArgumentException("a visitor always has a session key");
		}
	}
}
