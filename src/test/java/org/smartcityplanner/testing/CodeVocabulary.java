package org.smartcityplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The words of the code that must not reach a reader as they are: the constant names of the application's enums,
 * and the entity types and actions the code records in the audit log. Read from the classes and the sources, so a
 * new enum or a new audit action is covered without editing a list.
 */
public final class CodeVocabulary {

	/** Acronyms readers use as they are, in Thai too; an enum constant spelt the same may show. */
	public static final Set<String> ACRONYMS = Set.of("SWOT", "AHP", "GIS", "KPI", "API", "PDF", "DOCX", "XLSX",
			"CSV", "QR", "SDG", "SDGS", "OTP", "PPP", "ICT", "IOT", "AI", "ISO", "URL", "ID", "PDPA",
			// product names
			"SCIP");

	private static final Pattern AUDIT_CONSTRUCTOR = Pattern.compile("new AuditChange\\(");
	/** Helpers that pass (province, "type", id, "action", ...) on to the audit log. */
	private static final Pattern AUDIT_HELPER = Pattern.compile("\\b(?:record|audit)\\(\\s*province\\w*(?:\\(\\))?\\s*,");
	private static final Pattern WORD = Pattern.compile("\"([a-z][a-z_-]*)\"");

	private CodeVocabulary() {
	}

	/** The audit log's vocabulary: entity types and actions, as recorded. */
	public record AuditVocabulary(Set<String> entityTypes, Set<String> actions) {
	}

	/** The constant names of every enum under {@code org.smartcityplanner} (benchmarks aside). */
	public static Set<String> enumConstants() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.smartcityplanner")) {
			try {
				Class<?> type = Class.forName(definition.getBeanClassName());
				if (type.isEnum() && !type.getName().contains(".bench.")) {
					for (Object constant : type.getEnumConstants()) {
						names.add(((Enum<?>) constant).name());
					}
				}
			}
			catch (ClassNotFoundException notCompiled) {
				throw new IllegalStateException(notCompiled);
			}
		}
		return names;
	}

	/**
	 * Every entity type and action the main sources record: literal arguments of {@code new AuditChange(type, id,
	 * action, ...)} and of the modules' {@code record(province, type, id, action, ...)} helpers, both branches of
	 * a {@code ? "a" : "b"} included; actions computed from an enum (report jobs, plan status) are added by the
	 * caller's knowledge of that enum.
	 */
	public static AuditVocabulary auditVocabulary() {
		Set<String> types = new TreeSet<>();
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String text = Files.readString(source);
				collect(text, AUDIT_CONSTRUCTOR.matcher(text), 0, types, actions);
				collect(text, AUDIT_HELPER.matcher(text), 0, types, actions);
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return new AuditVocabulary(types, actions);
	}

	/** Reads the arguments after each match, from the {@code skip}-th on (type, id, action). */
	private static void collect(String text, Matcher call, int skip, Set<String> types, Set<String> actions) {
		while (call.find()) {
			List<String> arguments = arguments(text, call.end());
			if (arguments.size() < skip + 3) {
				continue;
			}
			words(arguments.get(skip), types);
			words(arguments.get(skip + 2), actions);
		}
	}

	private static void words(String argument, Set<String> into) {
		Matcher word = WORD.matcher(argument);
		while (word.find()) {
			// "status-" + status: a prefix completed from an enum, covered by the caller
			if (!word.group(1).endsWith("-")) {
				into.add(word.group(1));
			}
		}
	}

	/** The top-level arguments of a call whose opening parenthesis ends at {@code start}. */
	private static List<String> arguments(String text, int start) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		boolean quoted = false;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' && text.charAt(i - 1) != '\\') {
				quoted = !quoted;
			}
			if (!quoted) {
				if (c == '(') {
					depth++;
				}
				else if (c == ')') {
					if (depth == 0) {
						arguments.add(current.toString());
						return arguments;
					}
					depth--;
				}
				else if (c == ',' && depth == 0) {
					arguments.add(current.toString());
					current.setLength(0);
					continue;
				}
			}
			current.append(c);
		}
		return arguments;
	}
}
