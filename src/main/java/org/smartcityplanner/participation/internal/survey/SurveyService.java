package org.smartcityplanner.participation.internal.survey;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.AnswerRules;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.domain.survey.QuestionDraft;
import org.smartcityplanner.participation.domain.survey.QuestionRules;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.survey.ResponseStore.Channel;
import org.smartcityplanner.participation.internal.survey.Submission.Outcome;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing surveys and taking their answers. Online and paper answers go through the same {@link AnswerRules} and
 * the same store, so they count alike; paper answers are audited (staff typed them), online answers are records
 * of their own (the public has no account to audit).
 */
@Service
class SurveyService extends SurveyReadService implements SurveyUseCases {

	/** The tool key of surveys in the process's phases. */
	static final String TOOL = "surveys";
	private static final String UNKNOWN_AREA = "participation.survey.answer.unknownArea";

	private final ResponseStore responses;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final PublicSurveyDefinitions definitions;

	SurveyService(SurveyStore surveys, ResponseStore responses, SurveyFigures figures, ProfileApi profile,
			AuditLog audit, IdentityApi identity, SurveyLabels labels, PublicSurveyDefinitions definitions,
			Clock clock) {
		super(surveys, figures, profile, labels, clock);
		this.responses = responses;
		this.audit = audit;
		this.identity = identity;
		this.definitions = definitions;
	}

	@Override
	@Transactional
	public Survey create(ProvinceCode province, String title, String description, boolean paperCheck) {
		SurveyDetails.check(title, description);
		long id = surveys.create(province, title.strip(), description == null ? "" : description.strip(), paperCheck, Secrets.secret(),
				identity.actorName(), clock.instant());
		Survey survey = survey(province, id);
		audit.record(new AuditChange("survey", String.valueOf(id), "created", province, null,
				SurveyDetails.snapshot(survey)));
		return survey;
	}

	@Override
	@Transactional
	public Survey createWithQuestions(ProvinceCode province, String title, String description, boolean paperCheck,
			List<QuestionDraft> questions) {
		Survey survey = create(province, title, description, paperCheck);
		List<Problem> problems = new java.util.ArrayList<>();
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			QuestionDraft d = questions.get(i);
			String prefix = "questions[" + i + "]";
			if (d == null) {
				problems.add(Problem.of(prefix, "participation.survey.question.textRequired"));
				ids.add(-1L);
				continue;
			}
			Long on = d.conditionQuestionId();
			// positions from 1 name the questions created before this one
			Long conditionId = on == null ? null : on >= 1 && on <= ids.size() ? ids.get(on.intValue() - 1) : -1L;
			QuestionDraft draft = new QuestionDraft(d.kind(), d.text(), d.help(), d.required(), d.options(), d.min(),
					d.max(), conditionId, d.conditionOption());
			try {
				ids.add(addQuestion(province, survey.id(), survey(province, survey.id()).version(), draft));
			}
			catch (InputProblemsException e) {
				e.problems().forEach(p -> problems.add(new Problem(p.field() == null ? prefix : prefix + "." + p.field(),
						p.messageKey(), p.arguments())));
				ids.add(-1L);
			}
		}
		if (!problems.isEmpty()) {
			// nothing of the survey is kept: the transaction rolls back with the exception
			throw new InputProblemsException(problems);
		}
		return survey(province, survey.id());
	}

	@Override
	@Transactional
	public void updateDetails(ProvinceCode province, long surveyId, int version, String title, String description,
			boolean paperCheck) {
		Survey survey = seen(province, surveyId, version);
		SurveyDetails.check(title, description);
		surveys.updateDetails(survey, title.strip(), description == null ? "" : description.strip(), paperCheck);
		audit.record(new AuditChange("survey", String.valueOf(surveyId), "updated", province, SurveyDetails.snapshot(survey),
				SurveyDetails.snapshot(survey(province, surveyId))));
	}

	@Override
	@Transactional
	public long addQuestion(ProvinceCode province, long surveyId, int version, QuestionDraft draft) {
		Survey survey = draftSurvey(province, surveyId, version);
		List<Problem> problems = QuestionRules.check(draft, survey.questions());
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		Question question = QuestionRules.toQuestion(0, survey.questions().size() + 1, draft);
		long id = surveys.addQuestion(survey, question);
		audit.record(new AuditChange("survey-question", String.valueOf(id), "created", province, null,
				Map.of("survey", surveyId, "kind", question.kind().name(), "text", question.text(),
						"options", question.options())));
		return id;
	}

	@Override
	@Transactional
	public void removeQuestion(ProvinceCode province, long surveyId, int version, long questionId) {
		Survey survey = draftSurvey(province, surveyId, version);
		Question question = InProvince.require(survey.question(questionId), "questionId", questionId);
		surveys.removeQuestion(survey, questionId);
		audit.record(new AuditChange("survey-question", String.valueOf(questionId), "deleted", province,
				Map.of("survey", surveyId, "kind", question.kind().name(), "text", question.text()), null));
	}

	@Override
	@Transactional
	public void publish(ProvinceCode province, long surveyId, int version) {
		Survey survey = draftSurvey(province, surveyId, version);
		if (survey.questions().isEmpty()) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.survey.publish.noQuestions")));
		}
		surveys.setState(survey, SurveyState.OPEN, clock.instant());
		audit.record(new AuditChange("survey", String.valueOf(surveyId), "published", province, null, null));
	}

	@Override
	@Transactional
	public void close(ProvinceCode province, long surveyId, int version) {
		Survey survey = seen(province, surveyId, version);
		if (survey.state() != SurveyState.OPEN) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.survey.close.notOpen")));
		}
		surveys.setState(survey, SurveyState.CLOSED, clock.instant());
		audit.record(new AuditChange("survey", String.valueOf(surveyId), "closed", province, null, null));
	}

	@Override
	public Optional<PublicSurvey> publicSurvey(String publicKey) {
		if (publicKey == null || !publicKey.matches("[A-Za-z0-9_-]{10,40}")) {
			return Optional.empty();
		}
		return definitions.find(publicKey);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isStored(String publicKey, String submissionKey) {
		return ResponseStore.validKey(submissionKey) && publicKey != null && surveys.revision(publicKey)
			.map(s -> responses.exists(s.id(), submissionKey)).orElse(false);
	}

	@Override
	@Transactional
	public Submission submitOnline(String publicKey, String submissionKey, AnswerSheet.Raw raw) {
		PublicSurvey survey = publicSurvey(publicKey).orElse(null);
		return survey == null ? Submission.of(Outcome.CLOSED) : submitOnline(survey, submissionKey, raw, null);
	}

	@Override
	@Transactional
	public Submission submitOnline(PublicSurvey survey, String submissionKey, AnswerSheet.Raw raw,
			String participantKey) {
		if (!survey.open()) {
			// a retry of an answer stored before the survey closed still gets its thanks
			return ResponseStore.validKey(submissionKey) && responses.exists(survey.survey().id(), submissionKey)
					? Submission.of(Outcome.ALREADY_STORED) : Submission.of(Outcome.CLOSED);
		}
		// no look-up of the submission key first: the insert itself does nothing for a key stored before
		Submission submission = store(survey.survey(), submissionKey, participantKey, raw, Channel.ONLINE, null, true,
				survey.areaIds());
		if (submission.problems().stream().anyMatch(p -> p.messageKey().equals(UNKNOWN_AREA))) {
			// this node's list of areas may be seconds old: ask again before refusing (nothing was stored)
			PublicSurvey afresh = definitions.findAfresh(survey.survey().publicKey()).orElse(survey);
			if (!afresh.open()) {
				return Submission.of(Outcome.CLOSED);
			}
			return store(afresh.survey(), submissionKey, participantKey, raw, Channel.ONLINE, null, true,
					afresh.areaIds());
		}
		return submission;
	}

	@Override
	public boolean answeredBy(PublicSurvey survey, String participantKey) {
		return participantKey != null && responses.answeredBy(survey.survey().id(), participantKey);
	}

	@Override
	@Transactional
	public Submission submitPaper(ProvinceCode province, long surveyId, String submissionKey, AnswerSheet.Raw raw) {
		Survey survey = survey(province, surveyId);
		if (survey.state() == SurveyState.DRAFT) {
			return Submission.of(Outcome.CLOSED);
		}
		Set<Long> areaIds = areas(survey.province()).stream().map(PublicSurvey.Area::id).collect(Collectors.toSet());
		Submission submission = store(survey, submissionKey, null, raw, Channel.PAPER, identity.actorName(),
				!survey.paperCheck(), areaIds);
		if (submission.outcome() == Outcome.STORED && survey.paperCheck()) {
			return Submission.of(Outcome.AWAITING_CHECK);
		}
		return submission;
	}

	private Submission store(Survey survey, String submissionKey, String participantKey, AnswerSheet.Raw raw,
			Channel channel, String enteredBy, boolean counted, Set<Long> areaIds) {
		if (!ResponseStore.validKey(submissionKey)) {
			return new Submission(Outcome.INVALID,
					List.of(Problem.of(null, "participation.survey.answer.staleForm")));
		}
		AnswerRules.Reading reading = AnswerRules.read(survey.questions(), raw, areaIds);
		if (!reading.ok()) {
			return new Submission(Outcome.INVALID, reading.problems());
		}
		Optional<Long> stored = responses.store(survey.id(), submissionKey, participantKey, channel, reading.sheet(),
				enteredBy, counted, clock.instant());
		if (stored.isEmpty()) {
			// this very submission again (a double tap: its thanks again), or the participant's second answer
			return participantKey == null || responses.exists(survey.id(), submissionKey)
					? Submission.of(Outcome.ALREADY_STORED) : Submission.of(Outcome.ANSWERED_BEFORE);
		}
		if (channel == Channel.PAPER) {
			audit.record(new AuditChange("survey-response", String.valueOf(stored.get()), "entered-from-paper",
					survey.province(), null, Map.of("survey", survey.id(), "answers", reading.sheet().answers().size(),
							"counted", counted)));
		}
		return Submission.of(Outcome.STORED);
	}

	@Override
	@Transactional
	public void confirmPaper(ProvinceCode province, long surveyId, long responseId) {
		Survey survey = survey(province, surveyId);
		if (!responses.confirm(survey.id(), responseId, identity.actorName())) {
			throw new InputProblemsException(List.of(Problem.of("responseId", "participation.survey.paper.cannotConfirm")));
		}
		audit.record(new AuditChange("survey-response", String.valueOf(responseId), "paper-checked", province, null,
				Map.of("survey", surveyId)));
	}

	@Override
	@Transactional
	public void discardPaper(ProvinceCode province, long surveyId, long responseId) {
		Survey survey = survey(province, surveyId);
		if (!responses.discard(survey.id(), responseId)) {
			throw new InputProblemsException(List.of(Problem.of("responseId", "participation.survey.paper.cannotDiscard")));
		}
		audit.record(new AuditChange("survey-response", String.valueOf(responseId), "paper-discarded", province,
				Map.of("survey", surveyId), null));
	}

	private Survey seen(ProvinceCode province, long surveyId, int version) {
		Survey survey = survey(province, surveyId);
		if (survey.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("survey " + surveyId + " changed");
		}
		return survey;
	}

	private Survey draftSurvey(ProvinceCode province, long surveyId, int version) {
		Survey survey = seen(province, surveyId, version);
		if (survey.state() != SurveyState.DRAFT) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.survey.question.frozen")));
		}
		return survey;
	}
}
