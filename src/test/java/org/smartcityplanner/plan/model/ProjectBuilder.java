package org.smartcityplanner.plan.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Builds a complete project (runs 2570–2571, one million baht a year, target area 1) that tests then spoil one
 * field at a time.
 */
public final class ProjectBuilder {

	private ItemId id;
	private String name;
	private String rationale = "ลดปัญหาน้ำท่วมในเขตเมือง";
	private String objectives = "เตือนภัยน้ำท่วมล่วงหน้า";
	private Set<Long> targetAreaIds = Set.of(1L);
	private String leadAgency = "สำนักงานจังหวัด";
	private List<String> partners = List.of();
	private FiscalYear startYear = new FiscalYear(2570);
	private FiscalYear endYear = new FiscalYear(2571);
	private Map<FiscalYear, Baht> budget = new TreeMap<>(Map.of(new FiscalYear(2570), Baht.of(1_000_000),
			new FiscalYear(2571), Baht.of(1_000_000)));
	private Baht estimatedTotal = Baht.of(2_000_000);
	private String outputs = "สถานีวัดระดับน้ำ 20 แห่ง";
	private String outcomes = "ความเสียหายจากน้ำท่วมลดลง";
	private Alignment alignment = Alignment.NONE;

	private ProjectBuilder(String id) {
		this.id = new ItemId(id);
		this.name = "โครงการ " + id;
	}

	public static ProjectBuilder aProject(String id) {
		return new ProjectBuilder(id);
	}

	/** A builder holding every field of an existing project. */
	public static ProjectBuilder from(Project project) {
		ProjectBuilder builder = new ProjectBuilder(project.id().value());
		builder.name = project.name();
		builder.rationale = project.rationale();
		builder.objectives = project.objectives();
		builder.targetAreaIds = project.targetAreaIds();
		builder.leadAgency = project.leadAgency();
		builder.partners = project.partners();
		builder.startYear = project.startYear();
		builder.endYear = project.endYear();
		builder.budget = new TreeMap<>(project.budget());
		builder.estimatedTotal = project.estimatedTotal();
		builder.outputs = project.outputs();
		builder.outcomes = project.outcomes();
		builder.alignment = project.alignment();
		return builder;
	}

	public ProjectBuilder name(String name) {
		this.name = name;
		return this;
	}

	public ProjectBuilder objectives(String objectives) {
		this.objectives = objectives;
		return this;
	}

	public ProjectBuilder targetAreas(Long... ids) {
		this.targetAreaIds = Set.of(ids);
		return this;
	}

	public ProjectBuilder leadAgency(String leadAgency) {
		this.leadAgency = leadAgency;
		return this;
	}

	public ProjectBuilder partners(String... partners) {
		this.partners = List.of(partners);
		return this;
	}

	public ProjectBuilder years(Integer start, Integer end) {
		this.startYear = start == null ? null : new FiscalYear(start);
		this.endYear = end == null ? null : new FiscalYear(end);
		return this;
	}

	/** Replaces the whole budget; the estimated total is left as it was. */
	public ProjectBuilder noBudget() {
		this.budget = new TreeMap<>();
		return this;
	}

	public ProjectBuilder budget(int year, long baht) {
		this.budget.put(new FiscalYear(year), Baht.of(baht));
		return this;
	}

	public ProjectBuilder withoutBudgetFor(int year) {
		this.budget.remove(new FiscalYear(year));
		return this;
	}

	public ProjectBuilder estimatedTotal(Long baht) {
		this.estimatedTotal = baht == null ? null : Baht.of(baht);
		return this;
	}

	public ProjectBuilder alignment(Alignment alignment) {
		this.alignment = alignment;
		return this;
	}

	public Project build() {
		return new Project(id, name, rationale, objectives, targetAreaIds, leadAgency, partners, startYear, endYear,
				budget, estimatedTotal, outputs, outcomes, alignment);
	}
}
