package org.smartcityplanner.participation.domain.idea;

/**
 * Where an idea stands. Messages: {@code participation.idea.status.<NAME>}. Published ideas are listed publicly;
 * accepted and declined are final; a hidden idea is out of the public list until a moderator restores it.
 */
public enum IdeaStatus {
	/** Listed publicly, awaiting a decision. */
	PUBLISHED,
	/** Taken off the public list by a moderator, with a reason. */
	HIDDEN,
	/** Became a plan item. */
	ACCEPTED,
	/** Not taken up, with a reason the author sees. */
	DECLINED;

	/** Whether the public may see it (in the list, on its page and in counts). */
	public boolean isPublic() {
		return this != HIDDEN;
	}

	/** Whether the idea has its answer (accepted or declined), which nothing changes afterwards. */
	public boolean isDecided() {
		return this == ACCEPTED || this == DECLINED;
	}
}
