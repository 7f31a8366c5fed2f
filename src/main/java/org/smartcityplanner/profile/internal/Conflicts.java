package org.smartcityplanner.profile.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Two people creating the same one-per-province row at once: the second insert hits the unique key. To the user
 * that is the same as an optimistic-lock conflict, so it is reported as one.
 */
final class Conflicts {

	private Conflicts() {
	}

	static boolean isDuplicateKey(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataIntegrityViolationException) {
				return true;
			}
		}
		return false;
	}

	static OptimisticLockingFailureException createdMeanwhile(String what) {
		return new OptimisticLockingFailureException(what + " was created by someone else meanwhile");
	}
}
