package org.smartcityplanner.profile;

/**
 * Thrown when a target area is saved with a boundary that the boundary check refuses.
 * Nothing is saved.
 */
public class InvalidBoundaryException extends IllegalArgumentException {

	private final transient BoundaryCheck check;

	public InvalidBoundaryException(BoundaryCheck check) {
		super("Boundary refused: " + check.problem() + " " + check.problemArgs());
		this.check = check;
	}

	/** The refusal, with its problem and message arguments. */
	public BoundaryCheck check() {
		return check;
	}
}
