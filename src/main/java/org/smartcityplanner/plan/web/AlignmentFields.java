package org.smartcityplanner.plan.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.smartcityplanner.plan.model.Alignment;

/**
 * The alignment part of the goal, strategy and project forms: codes picked from each national list and from
 * the province's own development-plan strategies.
 */
public class AlignmentFields {

	private Set<String> nationalStrategies = new LinkedHashSet<>();
	private Set<String> masterPlans = new LinkedHashSet<>();
	private Set<String> milestones = new LinkedHashSet<>();
	private Set<String> sdgs = new LinkedHashSet<>();
	private Set<String> provincialStrategies = new LinkedHashSet<>();
	private Set<String> thailand40 = new LinkedHashSet<>();

	static AlignmentFields of(Alignment alignment) {
		AlignmentFields fields = new AlignmentFields();
		fields.nationalStrategies = new LinkedHashSet<>(alignment.nationalStrategies());
		fields.masterPlans = new LinkedHashSet<>(alignment.masterPlans());
		fields.milestones = new LinkedHashSet<>(alignment.milestones());
		fields.sdgs = new LinkedHashSet<>(alignment.sdgs());
		fields.provincialStrategies = new LinkedHashSet<>(alignment.provincialStrategies());
		fields.thailand40 = new LinkedHashSet<>(alignment.thailand40());
		return fields;
	}

	Alignment toAlignment() {
		return new Alignment(nationalStrategies, masterPlans, milestones, sdgs, provincialStrategies, thailand40);
	}

	public Set<String> getNationalStrategies() {
		return nationalStrategies;
	}

	public void setNationalStrategies(Set<String> nationalStrategies) {
		this.nationalStrategies = nationalStrategies;
	}

	public Set<String> getMasterPlans() {
		return masterPlans;
	}

	public void setMasterPlans(Set<String> masterPlans) {
		this.masterPlans = masterPlans;
	}

	public Set<String> getMilestones() {
		return milestones;
	}

	public void setMilestones(Set<String> milestones) {
		this.milestones = milestones;
	}

	public Set<String> getSdgs() {
		return sdgs;
	}

	public void setSdgs(Set<String> sdgs) {
		this.sdgs = sdgs;
	}

	public Set<String> getProvincialStrategies() {
		return provincialStrategies;
	}

	public void setProvincialStrategies(Set<String> provincialStrategies) {
		this.provincialStrategies = provincialStrategies;
	}

	public Set<String> getThailand40() {
		return thailand40;
	}

	public void setThailand40(Set<String> thailand40) {
		this.thailand40 = thailand40;
	}
}
