package org.smartcityplanner.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.smartcityplanner.shared.FiscalYear;

/**
 * Builds a plan document for 2570–2574 with a vision and every chapter written; goals and KPIs are up to the
 * test.
 */
public final class PlanBuilder {

	private String provinceCode = "TH-65";
	private String title = "แผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก";
	private PlanPeriod period = new PlanPeriod(new FiscalYear(2570), new FiscalYear(2574));
	private String vision = "เมืองน่าอยู่ อัจฉริยะ และยั่งยืน";
	private List<String> missions = List.of("พัฒนาโครงสร้างพื้นฐานดิจิทัล", "ยกระดับบริการประชาชน");
	private List<Goal> goals = new ArrayList<>();
	private List<Kpi> kpis = new ArrayList<>();
	private PlanSections sections = TestPlans.completeSections();

	private PlanBuilder() {
	}

	public static PlanBuilder aPlan() {
		return new PlanBuilder();
	}

	/** A builder holding every field of an existing plan. */
	public static PlanBuilder from(PlanDocument plan) {
		PlanBuilder builder = new PlanBuilder();
		builder.provinceCode = plan.provinceCode();
		builder.title = plan.title();
		builder.period = plan.period();
		builder.vision = plan.vision();
		builder.missions = plan.missions();
		builder.goals = new ArrayList<>(plan.goals());
		builder.kpis = new ArrayList<>(plan.kpis());
		builder.sections = plan.sections();
		return builder;
	}

	public PlanBuilder title(String title) {
		this.title = title;
		return this;
	}

	public PlanBuilder period(int first, int last) {
		this.period = new PlanPeriod(new FiscalYear(first), new FiscalYear(last));
		return this;
	}

	public PlanBuilder vision(String vision) {
		this.vision = vision;
		return this;
	}

	public PlanBuilder missions(String... missions) {
		this.missions = List.of(missions);
		return this;
	}

	public PlanBuilder goals(Goal... goals) {
		this.goals = new ArrayList<>(Arrays.asList(goals));
		return this;
	}

	public PlanBuilder goals(List<Goal> goals) {
		this.goals = new ArrayList<>(goals);
		return this;
	}

	public PlanBuilder kpis(Kpi... kpis) {
		this.kpis = new ArrayList<>(Arrays.asList(kpis));
		return this;
	}

	public PlanBuilder kpis(List<Kpi> kpis) {
		this.kpis = new ArrayList<>(kpis);
		return this;
	}

	public PlanBuilder sections(PlanSections sections) {
		this.sections = sections;
		return this;
	}

	public PlanDocument build() {
		return new PlanDocument(provinceCode, title, period, vision, missions, goals, kpis, sections);
	}
}
