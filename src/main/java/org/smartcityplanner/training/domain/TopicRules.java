package org.smartcityplanner.training.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Topic;
import org.smartcityplanner.training.TopicDraft;

/**
 * What a curriculum topic needs: titles and objectives in both languages, a duration of 15 minutes to two days,
 * and materials written one per line as {@code title | link} where the link is a web address or a path in the app.
 */
public final class TopicRules {

	static final int MIN_MINUTES = 15;
	static final int MAX_MINUTES = 960;

	private TopicRules() {
	}

	public static List<FieldProblem> problemsOf(TopicDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "titleTh", draft.titleTh(), 300);
		required(problems, "titleEn", draft.titleEn(), 300);
		required(problems, "objectivesTh", draft.objectivesTh(), 2000);
		required(problems, "objectivesEn", draft.objectivesEn(), 2000);
		Integer minutes = Numbers.parseInt(draft.durationMinutes());
		if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
			problems.add(FieldProblem.of("durationMinutes", "training.topic.duration.range", MIN_MINUTES, MAX_MINUTES));
		}
		int line = 0;
		for (String text : lines(draft.materials())) {
			line++;
			if (material(text) == null) {
				boolean toThisPage = text.substring(text.lastIndexOf('|') + 1).strip().startsWith("/training/curriculum");
				problems.add(FieldProblem.of("materials",
						toThisPage ? "training.topic.material.toCurriculum" : "training.topic.material.invalid", line));
			}
		}
		if (draft.materials() != null && draft.materials().length() > 4000) {
			problems.add(FieldProblem.of("materials", "training.field.tooLong", 4000));
		}
		return problems;
	}

	/** The topic with the draft's content; code and position stay. */
	public static Topic apply(Topic topic, TopicDraft draft) {
		return new Topic(topic.code(), topic.position(),
				new LocalizedText(draft.titleTh().strip(), draft.titleEn().strip()),
				new LocalizedText(draft.objectivesTh().strip(), draft.objectivesEn().strip()),
				Numbers.parseInt(draft.durationMinutes()), parseMaterials(draft.materials()));
	}

	public static List<Topic.Material> parseMaterials(String text) {
		return lines(text).stream().map(TopicRules::material).filter(java.util.Objects::nonNull).toList();
	}

	public static String materialsText(List<Topic.Material> materials) {
		return materials.stream().map(m -> m.linked() ? m.title() + " | " + m.url() : m.title())
			.collect(Collectors.joining("\n"));
	}

	private static Topic.Material material(String line) {
		int bar = line.lastIndexOf('|');
		if (bar < 0) {
			// a title alone: a material whose file is not available yet
			return new Topic.Material(line, null);
		}
		String title = line.substring(0, bar).strip();
		String url = line.substring(bar + 1).strip();
		boolean linkOk = url.matches("https?://[^\\s<>\"]+") || url.matches("/[^\\s<>\"]*");
		// an anchor on the curriculum page itself is not a material: it only scrolled to the topic's own card
		boolean toThisPage = url.startsWith("/training/curriculum");
		return title.isEmpty() || !linkOk || toThisPage ? null : new Topic.Material(title, url);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "training.field.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "training.field.tooLong", max));
		}
	}
}
