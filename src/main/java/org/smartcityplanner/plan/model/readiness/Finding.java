package org.smartcityplanner.plan.model.readiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One thing to fix. The text is a message key the UI translates, so the same finding reads in Thai and English.
 *
 * @param messageKey a key in {@code messages_*.properties}, prefixed {@code readiness.}
 * @param args the message arguments, already rendered as text (names, years, amounts)
 * @param target where to go to fix it
 * @param names the arguments that name a goal, project or KPI, by position, with their English names
 */
public record Finding(String messageKey, List<String> args, FixTarget target, Map<Integer, ItemName> names) {

	public Finding {
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(target, "target");
		args = List.copyOf(args);
		names = names == null ? Map.of() : Map.copyOf(names);
	}

	/** A finding that names no plan item by an argument. */
	public Finding(String messageKey, List<String> args, FixTarget target) {
		this(messageKey, args, target, Map.of());
	}

	/**
	 * A finding with its arguments; a {@code null} argument becomes an empty text, an {@link ItemName} its Thai
	 * name (remembered for {@link #englishArgs}).
	 */
	public static Finding of(String messageKey, FixTarget target, Object... args) {
		Map<Integer, ItemName> names = new TreeMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof ItemName name) {
				names.put(i, name);
			}
		}
		return new Finding(messageKey, Arrays.stream(args).map(arg -> arg == null ? "" : arg.toString()).toList(),
				target, names);
	}

	/**
	 * The arguments for an English text: a plan item is named by its English name, or by its Thai name passed
	 * through {@code untranslated} (which marks it) when it has none.
	 */
	public List<String> englishArgs(UnaryOperator<String> untranslated) {
		List<String> english = new ArrayList<>(args);
		names.forEach((position, name) -> english.set(position,
				name.english().isEmpty() ? untranslated.apply(name.thai()) : name.english()));
		return List.copyOf(english);
	}

	/**
	 * Findings are equal when they say the same thing about the same place: the English names only translate
	 * arguments that are already there, so they do not make a finding different.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Finding that && messageKey.equals(that.messageKey) && args.equals(that.args)
				&& target.equals(that.target);
	}

	@Override
	public int hashCode() {
		return Objects.hash(messageKey, args, target);
	}
}
