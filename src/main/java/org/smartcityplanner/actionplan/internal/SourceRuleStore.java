package org.smartcityplanner.actionplan.internal;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.actionplan.rules.StandardSourceRules;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The editable rules of the budget sources. A source of the reference list without a row gets its standard
 * rules the first time it is read, so a source added to the reference data needs no code change.
 */
@Component
class SourceRuleStore {

	/** A rule and its version. */
	record Versioned(SourceRule rule, int version) {
	}

	private final JdbcClient jdbc;
	private final IdentityApi identity;

	SourceRuleStore(JdbcClient jdbc, IdentityApi identity) {
		this.identity = identity;
		this.jdbc = jdbc;
	}

	Optional<Versioned> find(String sourceCode) {
		return jdbc.sql("select * from acp_source_rule where source_code = ?").param(sourceCode)
			.query((rs, row) -> new Versioned(new SourceRule(rs.getString("source_code"),
					java.util.Set.copyOf(Columns.split(rs.getString("eligible_dimensions"), s -> s)),
					java.util.Set.copyOf(Columns.split(rs.getString("eligible_types"), ProjectType::valueOf)),
					rs.getObject("max_per_project_satang") == null ? null
							: new Baht(rs.getLong("max_per_project_satang")),
					rs.getInt("co_funding_percent"), rs.getBoolean("multi_year_allowed"),
					requiredFields(rs.getString("required_fields")),
					MonthDay.of(rs.getInt("deadline_month"), rs.getInt("deadline_day"))), rs.getInt("version")))
			.optional();
	}

	/** The rule of a source, seeding the standard rule when there is none yet. */
	Versioned get(String sourceCode) {
		return find(sourceCode).orElseGet(() -> {
			try {
				insert(StandardSourceRules.of(sourceCode));
			}
			catch (DuplicateKeyException seededByAnotherNode) {
				// someone seeded it at the same moment: read theirs
			}
			return find(sourceCode).orElseThrow();
		});
	}

	List<Versioned> all(List<String> sourceCodes) {
		return sourceCodes.stream().map(this::get).toList();
	}

	void update(SourceRule rule, int version) {
		int updated = jdbc.sql("""
				update acp_source_rule set eligible_dimensions = ?, eligible_types = ?, max_per_project_satang = ?,
				co_funding_percent = ?, multi_year_allowed = ?, required_fields = ?, deadline_month = ?, deadline_day = ?,
				version = version + 1, updated_at = ?, updated_by = ? where source_code = ? and version = ?""")
			.params(Columns.join(rule.eligibleDimensions()), Columns.join(rule.eligibleTypes()),
					rule.maxPerProject() == null ? null : rule.maxPerProject().satang(), rule.coFundingPercent(),
					rule.multiYearAllowed(), fields(rule.requiredFields()), rule.submissionDeadline().getMonthValue(),
					rule.submissionDeadline().getDayOfMonth(), Utc.now(), identity.actorName(), rule.sourceCode(), version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("budget source rule " + rule.sourceCode() + " changed");
		}
	}

	private void insert(SourceRule rule) {
		jdbc.sql("""
				insert into acp_source_rule (source_code, eligible_dimensions, eligible_types, max_per_project_satang,
				co_funding_percent, multi_year_allowed, required_fields, deadline_month, deadline_day, version,
				updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'system')""")
			.params(rule.sourceCode(), Columns.join(rule.eligibleDimensions()), Columns.join(rule.eligibleTypes()),
					rule.maxPerProject() == null ? null : rule.maxPerProject().satang(), rule.coFundingPercent(),
					rule.multiYearAllowed(), fields(rule.requiredFields()), rule.submissionDeadline().getMonthValue(),
					rule.submissionDeadline().getDayOfMonth(), Utc.now())
			.update();
	}

	/** Fields keep the order of the form, not alphabetical order. */
	private static String fields(List<FormField> fields) {
		return String.join(",", fields.stream().map(FormField::name).toList());
	}

	private static List<FormField> requiredFields(String column) {
		return Columns.split(column, FormField::valueOf).stream().sorted().toList();
	}
}
