package org.smartcityplanner.profile;

/**
 * The province's context in five parts, as written by the team (plain text, paragraphs separated by blank
 * lines). Any part may be empty.
 *
 * @param economy economy: GPP, main sectors, incomes
 * @param society society: population, ageing, education, health
 * @param environment environment: land, water, air, waste, disaster risk
 * @param infrastructure infrastructure: transport, utilities, public space
 * @param digitalReadiness digital readiness: networks, data, e-services, skills
 */
public record ContextParts(String economy, String society, String environment, String infrastructure,
		String digitalReadiness) {

	/** Longest text accepted for one part. */
	public static final int MAX_CHARS = 10_000;

	public static final ContextParts EMPTY = new ContextParts("", "", "", "", "");

	public ContextParts {
		economy = clean(economy);
		society = clean(society);
		environment = clean(environment);
		infrastructure = clean(infrastructure);
		digitalReadiness = clean(digitalReadiness);
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
