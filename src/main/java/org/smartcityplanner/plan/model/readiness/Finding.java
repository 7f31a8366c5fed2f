package org.smartcityplanner.plan.model.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing to fix. The text is a message key the UI translates, so the same finding reads in Thai and English.
 *
 * @param messageKey a key in {@code messages_*.properties}, prefixed {@code readiness.}
 * @param args the message arguments, already rendered as text (names, years, amounts)
 * @param target where to go to fix it
 */
public record Finding(String messageKey, List<String> args, FixTarget target) {

	public Finding {
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(target, "target");
		args = List.copyOf(args);
	}

	/** A finding with its arguments; a {@code null} argument becomes an empty text. */
	public static Finding of(String messageKey, FixTarget target, Object... args) {
		return new Finding(messageKey, Arrays.stream(args).map(arg -> arg == null ? "" : arg.toString()).toList(),
				target);
	}
}
