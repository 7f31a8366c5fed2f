package org.smartcityplanner.participation.internal.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationEvidence;
import org.smartcityplanner.participation.ParticipationInput;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SurveyApi;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.finding.SurveyFinding;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's one statistics service: the evidence the readiness check asks for, the inputs the plan links to and
 * the ideas' counts, built only from the parts' own figures (the working group's, the meetings', the surveys' and
 * the ideas' queries), so that no page, API, export or book counts differently from the tool's own page.
 */
@Service
@Transactional(readOnly = true)
class ParticipationStatistics implements ParticipationApi {

	static final String RESOLUTION = "participation.resolution";
	static final String FINDING = "participation.finding";
	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final WorkingGroupApi group;
	private final MeetingApi meetings;
	private final SurveyApi surveys;
	private final FindingUseCases findings;
	private final IdeaFigures ideaFigures;
	private final Clock clock;
	// a provider: the idea service may read figures from this statistics service, so neither needs the other built first
	private final ObjectProvider<IdeaApi> ideas;

	ParticipationStatistics(WorkingGroupApi group, MeetingApi meetings, SurveyApi surveys, FindingUseCases findings,
			IdeaFigures ideaFigures, Clock clock, ObjectProvider<IdeaApi> ideas) {
		this.group = group;
		this.meetings = meetings;
		this.surveys = surveys;
		this.findings = findings;
		this.ideaFigures = ideaFigures;
		this.clock = clock;
		this.ideas = ideas;
	}

	@Override
	public ParticipationEvidence evidence(ProvinceCode province) {
		WorkingGroupFigures members = group.figures(province);
		Set<Sector> covered = EnumSet.noneOf(Sector.class);
		members.bySector().forEach((sector, count) -> {
			if (count > 0) {
				covered.add(sector);
			}
		});
		List<Meeting> all = meetings.meetings(province);
		Map<Long, MeetingCounts> counts = meetings.counts(province);
		int withMinutes = (int) all.stream().filter(meeting -> meeting.minutes().recorded()).count();
		int hearings = HeldMeetings.publicHearings(all, counts, clock.instant());
		long answers = surveys.surveysOf(province).stream().mapToLong(SurveySummary::responses).sum();
		return new ParticipationEvidence(members.currentMembers(), covered, withMinutes, hearings,
				(int) Math.min(Integer.MAX_VALUE, answers));
	}

	@Override
	public List<ParticipationInput> inputs(ProvinceCode province) {
		List<ParticipationInput> inputs = new ArrayList<>();
		Map<Long, List<Resolution>> resolutions = meetings.resolutionsOf(province);
		for (Meeting meeting : meetings.meetings(province)) {
			resolutions.getOrDefault(meeting.id(), List.of())
				.forEach(resolution -> inputs.add(input(province, meeting, resolution)));
		}
		inputs.addAll(findingInputs(province));
		inputs.sort(Comparator.comparing(ParticipationInput::date, Comparator.nullsLast(Comparator.reverseOrder())));
		return inputs;
	}

	/**
	 * Also describes the province's accepted ideas ({@code participation.idea:<id>}): the plan links an item to the
	 * idea it came from when staff accept it. They are not among {@link #inputs}, which editors link by hand: an
	 * idea reaches the plan only through its acceptance.
	 */
	@Override
	public List<ParticipationInput> describe(ProvinceCode province, Collection<ResourceRef> refs) {
		List<ParticipationInput> known = inputs(province);
		return refs.stream()
			.map(ref -> IdeaView.RESOURCE_TYPE.equals(ref.type()) ? acceptedIdea(province, ref)
					: known.stream().filter(input -> input.ref().equals(ref)).findFirst())
			.flatMap(Optional::stream)
			.toList();
	}

	/** An accepted idea as the plan shows it: its title, what was proposed, when it was accepted, its public page. */
	private Optional<ParticipationInput> acceptedIdea(ProvinceCode province, ResourceRef ref) {
		if (!ref.id().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return ideas.getObject().find(province, Long.parseLong(ref.id()))
			.filter(idea -> idea.status() == IdeaStatus.ACCEPTED)
			.map(idea -> new ParticipationInput(ref, idea.title(), idea.description(),
					idea.decidedAt() == null ? null : idea.decidedAt().atZone(BANGKOK).toLocalDate(),
					"/public/" + province.value() + "/ideas/" + idea.id()));
	}

	@Override
	public IdeaCounts ideaCounts(ProvinceCode province) {
		return ideaFigures.counts(province);
	}

	/** The province's public ideas with what became of each, in the order they came in: what the book lists. */
	List<IdeaFigures.Outcome> ideaOutcomes(ProvinceCode province) {
		return ideaFigures.outcomes(province);
	}

	/** The province's survey findings as inputs, newest first: what the book prints as the main findings. */
	List<ParticipationInput> findingInputs(ProvinceCode province) {
		return findings.ofProvince(province).stream().map(finding -> input(province, finding)).toList();
	}

	private boolean held(Meeting meeting, Map<Long, MeetingCounts> counts) {
		return HeldMeetings.held(meeting, counts, clock.instant());
	}

	private static ParticipationInput input(ProvinceCode province, Meeting meeting, Resolution resolution) {
		LocalDate day = meeting.startsAt().atZone(BANGKOK).toLocalDate();
		return new ParticipationInput(new ResourceRef(RESOLUTION, String.valueOf(resolution.id())), meeting.title(),
				resolution.text(), day, "/p/" + province.value() + "/participation/meetings/" + meeting.id());
	}

	/** A finding reads with the figures it rests on, so the plan page shows why, not only what. */
	private static ParticipationInput input(ProvinceCode province, SurveyFinding finding) {
		return new ParticipationInput(new ResourceRef(FINDING, String.valueOf(finding.id())), finding.surveyTitle(),
				finding.statement() + " (" + finding.basis() + ")", finding.recordedAt().atZone(BANGKOK).toLocalDate(),
				"/p/" + province.value() + "/participation/surveys/" + finding.surveyId() + "/results#finding-"
						+ finding.id());
	}
}
