package org.smartcityplanner.participation.internal.eligibility;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.domain.eligibility.EligibilityDecision;
import org.smartcityplanner.participation.domain.eligibility.EligibilityRules;
import org.smartcityplanner.participation.domain.eligibility.ParticipationRule;
import org.smartcityplanner.participation.domain.eligibility.Visitor;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may take part in a province's participation, asked by every public input path (survey answers, ideas,
 * supports, comments): it answers with the participant key to store the input under, or with the refusal to show.
 * The rule is set per province's process by its coordinators; changes are audited.
 */
@Service
public class Eligibility {

	private final RuleStore rules;
	private final IdentityApi identity;
	private final AuditLog audit;
	private final Clock clock;

	Eligibility(RuleStore rules, IdentityApi identity, AuditLog audit, Clock clock) {
		this.rules = rules;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The province's rule, {@link ParticipationRule#DEFAULT} (version 0) until one was chosen. One row by its key,
	 * read without a transaction of its own: a public answer keeps its single commit.
	 */
	public RuleSetting rule(ProvinceCode province) {
		return rules.find(province).orElse(new RuleSetting(ParticipationRule.DEFAULT, 0));
	}

	/**
	 * Decides for whoever sends the current request.
	 *
	 * @param sessionKey the random key of their browser session
	 * @param codeId the participation code redeemed in this session for this province, or {@code null}
	 */
	public EligibilityDecision decide(ProvinceCode province, String sessionKey, Long codeId) {
		CurrentUser user = identity.currentUser().orElse(null);
		boolean ofProvince = user != null && identity.accessibleProvinces(user).contains(province);
		return EligibilityRules.decide(rule(province).rule(),
				new Visitor(sessionKey, codeId, user == null ? null : user.id(), ofProvince));
	}

	/**
	 * Sets the rule.
	 *
	 * @param ruleName ANYONE, CODE or ACCOUNT
	 * @param seenVersion the version read (0 when none was chosen)
	 * @throws InputProblemsException naming the field {@code rule} for anything else
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it meanwhile
	 */
	@Transactional
	public RuleSetting save(ProvinceCode province, String ruleName, int seenVersion) {
		ParticipationRule rule = ParticipationRule.parse(ruleName);
		if (rule == null) {
			throw new InputProblemsException(List.of(Problem.of("rule", "participation.rule.unknown")));
		}
		RuleSetting before = rule(province);
		rules.save(province, rule, seenVersion, identity.actorName(), clock.instant());
		audit.record(new AuditChange("participation-rule", province.value(), seenVersion == 0 ? "created" : "updated",
				province, seenVersion == 0 ? null : Map.of("rule", before.rule().name()), Map.of("rule", rule.name())));
		return rule(province);
	}
}
