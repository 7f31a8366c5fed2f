package org.smartcityplanner.actionplan.internal;

import java.util.List;

import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national budget sources and their rules (admins edit them); also the one place that refuses an unknown
 * source code, for the budgets and envelopes that name one.
 */
@Component
@Transactional
class SourceRuleService {

	private final ReferenceApi reference;
	private final SourceRuleStore rules;
	private final AuditLog audit;

	SourceRuleService(ReferenceApi reference, SourceRuleStore rules, AuditLog audit) {
		this.reference = reference;
		this.rules = rules;
		this.audit = audit;
	}

	List<SourceRules> sourceRules() {
		return reference.items(ReferenceKind.BUDGET_SOURCE).stream().map(this::rulesOf).toList();
	}

	SourceRules sourceRules(String sourceCode) {
		return rulesOf(source(sourceCode));
	}

	private SourceRules rulesOf(ReferenceItem source) {
		SourceRuleStore.Versioned rule = rules.get(source.code());
		return new SourceRules(source.code(), source.name(), rule.rule(), rule.version());
	}

	ReferenceItem source(String code) {
		return reference.item(ReferenceKind.BUDGET_SOURCE, code)
			.orElseThrow(() -> new InvalidInputException("actionplan.source.unknown", String.valueOf(code)));
	}

	void updateSourceRule(SourceRule rule, int version) {
		SourceRules before = sourceRules(rule.sourceCode());
		rule.eligibleDimensions().forEach(code -> reference.item(ReferenceKind.SMART_DIMENSION, code)
			.orElseThrow(() -> new InvalidInputException("actionplan.dimension.unknown", code)));
		rules.update(rule, version);
		audit.record(new AuditChange("budget-source-rule", rule.sourceCode(), "updated", null, before.rule(), rule));
	}
}
