package org.smartcityplanner.plan.model.readiness;

import java.util.Objects;

import org.smartcityplanner.plan.model.ItemId;

/**
 * Where the user goes to fix a finding.
 *
 * @param kind what kind of thing to open
 * @param id which one: an item id, a section name such as {@code dataSecurity}, a dimension code, an area id
 *        or a plan field such as {@code vision}; {@code null} when the fix is to add one to the list of that
 *        kind
 */
public record FixTarget(Kind kind, String id) {

	/** The kinds of place a fix can be made. */
	public enum Kind {
		PLAN, SECTION, GOAL, STRATEGY, PROJECT, KPI, AREA, DIMENSION, PARTICIPATION,
		/** A new KPI of the goal or project whose item id is the target's id. */
		NEW_KPI
	}

	public FixTarget {
		Objects.requireNonNull(kind, "kind");
	}

	/** A field of the plan itself, e.g. {@code vision}. */
	public static FixTarget planField(String field) {
		return new FixTarget(Kind.PLAN, field);
	}

	/** A chapter of {@link org.smartcityplanner.plan.model.PlanSections}, by component name. */
	public static FixTarget section(String name) {
		return new FixTarget(Kind.SECTION, name);
	}

	/** A goal, by item id. */
	public static FixTarget goal(ItemId id) {
		return new FixTarget(Kind.GOAL, id.value());
	}

	/** A project, by item id. */
	public static FixTarget project(ItemId id) {
		return new FixTarget(Kind.PROJECT, id.value());
	}

	/** A KPI, by item id. */
	public static FixTarget kpi(ItemId id) {
		return new FixTarget(Kind.KPI, id.value());
	}

	/** A new KPI for the goal or project with this item id: where a missing KPI is added. */
	public static FixTarget newKpiOf(ItemId owner) {
		return new FixTarget(Kind.NEW_KPI, owner.value());
	}

	/** One target area of the province profile. */
	public static FixTarget area(long id) {
		return new FixTarget(Kind.AREA, Long.toString(id));
	}

	/** The list of target areas, when there is none to point at. */
	public static FixTarget areas() {
		return new FixTarget(Kind.AREA, null);
	}

	/** One smart dimension, by code, e.g. {@code ENV}. */
	public static FixTarget dimension(String code) {
		return new FixTarget(Kind.DIMENSION, code);
	}

	/** The dimensions overview, when no single dimension is to blame. */
	public static FixTarget dimensions() {
		return new FixTarget(Kind.DIMENSION, null);
	}

	/** A participation tool of the province: {@code group}, {@code meetings} or {@code surveys}. */
	public static FixTarget participation(String tool) {
		return new FixTarget(Kind.PARTICIPATION, tool);
	}
}
