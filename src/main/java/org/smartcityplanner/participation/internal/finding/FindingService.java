package org.smartcityplanner.participation.internal.finding;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.domain.survey.FindingRules;
import org.smartcityplanner.participation.domain.survey.FindingSuggestions;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing survey findings: the survey is looked up within the province first, each question named must be one of
 * its own, and every change is audited in the same transaction.
 */
@Service
@Transactional
class FindingService implements FindingUseCases {

	private static final String AUDIT_TYPE = "survey-finding";

	private final FindingStore store;
	private final SurveyUseCases surveys;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	FindingService(FindingStore store, SurveyUseCases surveys, AuditLog audit, IdentityApi identity, Clock clock) {
		this.store = store;
		this.surveys = surveys;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SurveyFinding> ofSurvey(ProvinceCode province, long surveyId) {
		surveys.survey(province, surveyId);
		return store.ofSurvey(province, surveyId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SurveyFinding> ofProvince(ProvinceCode province) {
		return store.ofProvince(province);
	}

	@Override
	@Transactional(readOnly = true)
	public SurveyFinding finding(ProvinceCode province, long surveyId, long findingId) {
		surveys.survey(province, surveyId);
		return InProvince.require(store.find(province, surveyId, findingId), "findingId", findingId);
	}

	@Override
	public SurveyFinding record(ProvinceCode province, long surveyId, FindingDraft draft) {
		FindingDraft accepted = accepted(surveys.survey(province, surveyId), draft);
		long id = store.insert(province, surveyId, accepted, identity.actorName(), clock.instant());
		SurveyFinding finding = store.find(province, surveyId, id).orElseThrow();
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(id), "created", province, null, snapshot(finding)));
		return finding;
	}

	@Override
	public SurveyFinding update(ProvinceCode province, long surveyId, long findingId, FindingDraft draft,
			int version) {
		SurveyFinding before = finding(province, surveyId, findingId);
		FindingDraft accepted = accepted(surveys.survey(province, surveyId), draft);
		store.update(findingId, accepted, version, identity.actorName(), clock.instant());
		SurveyFinding after = store.find(province, surveyId, findingId).orElseThrow();
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(findingId), "updated", province, snapshot(before),
				snapshot(after)));
		return after;
	}

	@Override
	public void delete(ProvinceCode province, long surveyId, long findingId) {
		SurveyFinding before = finding(province, surveyId, findingId);
		store.delete(findingId);
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(findingId), "deleted", province, snapshot(before),
				null));
	}

	@Override
	public List<FindingSuggestions.Suggestion> suggestions(SurveyResults results) {
		return FindingSuggestions.from(results.questions().stream()
			.map(q -> new FindingSuggestions.Result(q.questionId(), q.position(), q.kind(), q.text(), q.answered(),
					q.options().stream()
						.map(o -> new FindingSuggestions.Option(o.label(), o.count(), o.percent())).toList()))
			.toList());
	}

	private static FindingDraft accepted(Survey survey, FindingDraft draft) {
		Set<Long> questions = survey.questions().stream().map(Question::id).collect(Collectors.toSet());
		List<Problem> problems = FindingRules.check(draft, questions);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		return FindingRules.normalised(draft);
	}

	private static Map<String, Object> snapshot(SurveyFinding finding) {
		return Map.of("surveyId", finding.surveyId(), "statement", finding.statement(), "basis", finding.basis(),
				"questionIds", finding.questionIds());
	}
}
