package org.smartcityplanner.participation;

/**
 * What became of a proposed idea.
 *
 * @param outcome what happened
 * @param idea the idea stored now or before, {@code null} when {@link Outcome#CLOSED}
 * @param authorSecret the secret of the author's personal link ({@code /public/{code}/ideas/mine/{secret}}); only
 *        its hash is stored, so show it on the thank-you page and nowhere else. A replay of the same submission gets
 *        the same secret (it is derived from the submission's idempotency key by the server's signing key), so a
 *        double tap still shows the author a working link. {@code null} when {@link Outcome#CLOSED}.
 */
public record IdeaProposal(Outcome outcome, IdeaView idea, String authorSecret) {

	/** What happened to a proposal. */
	public enum Outcome {
		/** Stored now. */
		STORED,
		/** The same submission (same idempotency key) was stored before: nothing more was stored. */
		ALREADY_STORED,
		/** No phase of the process has the ideas tool open today: nothing was stored. */
		CLOSED
	}

	public static IdeaProposal closed() {
		return new IdeaProposal(Outcome.CLOSED, null, null);
	}

	public boolean accepted() {
		return outcome != Outcome.CLOSED;
	}
}
