package org.smartcityplanner.participation.internal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.ProcessRules;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.portal.PortalView.HeldMeeting;
import org.smartcityplanner.participation.internal.portal.PortalView.OpenSurvey;
import org.smartcityplanner.participation.internal.portal.PortalView.PhaseView;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.internal.stats.HeldMeetings;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public portal of a province, read from the tools' own queries (process, surveys, meetings and the module's
 * statistics service), so that no figure differs from the staff pages'.
 */
@Service
@Transactional(readOnly = true)
public class PublicPortal {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final ReferenceApi reference;
	private final ProcessApi process;
	private final ProcessUseCases tools;
	private final SurveyUseCases surveys;
	private final MeetingApi meetings;
	private final ParticipationApi statistics;
	private final PortalSurveys portalSurveys;
	private final PublishedResultsCache publishedResults;
	private final PortalBallots portalBallots;
	private final PortalOpinions portalOpinions;
	private final ProfileApi profile;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final Clock clock;

	PublicPortal(ReferenceApi reference, ProcessApi process, ProcessUseCases tools, SurveyUseCases surveys,
			MeetingApi meetings, ParticipationApi statistics, PortalSurveys portalSurveys,
			PublishedResultsCache publishedResults, PortalBallots portalBallots, PortalOpinions portalOpinions,
			ProfileApi profile, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.reference = reference;
		this.process = process;
		this.tools = tools;
		this.surveys = surveys;
		this.meetings = meetings;
		this.statistics = statistics;
		this.portalSurveys = portalSurveys;
		this.publishedResults = publishedResults;
		this.portalBallots = portalBallots;
		this.portalOpinions = portalOpinions;
		this.profile = profile;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The provinces that have set up a participation process, by code. */
	public List<Province> provincesWithProcess() {
		List<String> codes = jdbc.sql("select province_code from par_process order by province_code")
			.query(String.class).list();
		return codes.stream().filter(ProvinceCode::isValid).map(ProvinceCode::of).map(reference::province)
			.flatMap(Optional::stream).toList();
	}

	/** The portal of a province; empty when no province has this code. */
	public Optional<PortalView> portal(String rawCode, Locale language) {
		if (rawCode == null || !ProvinceCode.isValid(rawCode)) {
			return Optional.empty();
		}
		return reference.province(ProvinceCode.of(rawCode))
			.map(province -> build(province, process.process(province.code()), language));
	}

	/**
	 * The portal's page: the portal and whether the ideas tool takes ideas today, read from the one process read;
	 * empty when no province has this code.
	 */
	public Optional<PortalPage> page(String rawCode, Locale language) {
		if (rawCode == null || !ProvinceCode.isValid(rawCode)) {
			return Optional.empty();
		}
		return reference.province(ProvinceCode.of(rawCode)).map(province -> {
			ParticipationProcess now = process.process(province.code());
			return new PortalPage(build(province, now, language), ProcessRules.isOpen(now.phases(), IdeaApi.TOOL,
					today()));
		});
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BANGKOK));
	}

	private PortalView build(Province province, ParticipationProcess now, Locale language) {
		ProvinceCode code = province.code();
		String name = province.name().in(language);
		List<TargetAreaView> areas = profile.areasOf(code);
		if (!now.defined()) {
			return new PortalView(code.value(), name, false, List.of(), List.of(), List.of(), List.of(), 0,
					ideas(code, areas, language), new PortalView.Ballots(List.of(), List.of()),
					new PortalView.Opinions(List.of(), List.of()));
		}
		Map<String, String> toolNames = tools.tools().stream().collect(java.util.stream.Collectors
			.toMap(ParticipationTool::key, tool -> messages.getMessage(tool.nameMessageKey(), null, language)));
		List<PhaseView> phases = now.phases().stream().map(phase -> phase(phase, now, toolNames, language)).toList();
		List<PortalSurveys.Listed> listed = portalSurveys.of(code);
		boolean surveysOpen = ProcessRules.isOpen(now.phases(), "surveys", today());
		List<OpenSurvey> open = listed.stream().filter(s -> surveysOpen && s.state() == SurveyState.OPEN)
			.map(s -> new OpenSurvey(s.title(), "/survey/" + s.publicKey())).toList();
		List<String> areaNames = areas.stream().map(area -> area.id() + " " + area.name().in(language)).toList();
		var results = listed.stream().filter(PortalSurveys.Listed::resultsShown)
			.map(s -> publishedResults.get(new PublishedResultsCache.Key(s.id(), s.version(), s.publishedAt(),
					s.counted(), areaNames, language), () -> PublicResults.of(surveys.results(code, s.id(), language))))
			.toList();
		List<Meeting> all = meetings.meetings(code);
		Map<Long, MeetingCounts> counts = meetings.counts(code);
		return new PortalView(code.value(), name, true, phases, open, results, held(all, counts, areas, language),
				HeldMeetings.publicHearings(all, counts, clock.instant()), ideas(code, areas, language),
				portalBallots.of(code, ProcessRules.isOpen(now.phases(), BallotApi.TOOL, today())),
				portalOpinions.of(code, ProcessRules.isOpen(now.phases(), OpinionService.TOOL, today())));
	}

	/** The statistics service's idea counts with the dimensions' and areas' names in the reader's language. */
	private PortalView.Ideas ideas(ProvinceCode code, List<TargetAreaView> areas, Locale language) {
		IdeaCounts counts = statistics.ideaCounts(code);
		Map<String, String> dimensionNames = new HashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION)
			.forEach(item -> dimensionNames.put(item.code(), item.name().in(language)));
		List<PortalView.Count> byDimension = counts.byDimension().entrySet().stream()
			.map(e -> new PortalView.Count(dimensionNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
			.toList();
		// byArea holds exactly the province's areas, in the profile's order
		List<PortalView.Count> byArea = new ArrayList<>();
		areas.forEach(area -> byArea.add(new PortalView.Count(area.name().in(language),
				counts.byArea().getOrDefault(area.id(), 0L))));
		byArea.add(new PortalView.Count(messages.getMessage("participation.portal.public.wholeProvince", null,
				language), counts.withoutArea()));
		IdeaCounts.Tally all = counts.all();
		return new PortalView.Ideas(all.total(), counts.online().total(), counts.paper().total(), all.accepted(),
				all.declined(), all.underConsideration(), all.supports(), byDimension, byArea);
	}

	private PhaseView phase(Phase phase, ParticipationProcess now, Map<String, String> toolNames, Locale language) {
		return new PhaseView(phase.kind().name(),
				messages.getMessage("participation.phase." + phase.kind().name(), null, language), phase.startsOn(),
				phase.endsOn(), now.current().map(c -> c.kind() == phase.kind()).orElse(false),
				phase.openTools().stream().map(key -> toolNames.getOrDefault(key, key)).toList());
	}

	/**
	 * Public hearings and area workshops that took place, by the statistics service's rule: the time is past and
	 * someone was there (a working-group meeting is the group's own business, not the public's).
	 */
	private List<HeldMeeting> held(List<Meeting> all, Map<Long, MeetingCounts> counts, List<TargetAreaView> areas,
			Locale language) {
		Map<Long, String> areaNames = new HashMap<>();
		areas.forEach(area -> areaNames.put(area.id(), area.name().in(language)));
		return all.stream()
			.filter(m -> m.kind() != MeetingKind.WORKING_GROUP)
			.filter(m -> HeldMeetings.held(m, counts, clock.instant()))
			.sorted(Comparator.comparing(Meeting::startsAt).reversed())
			.map(m -> new HeldMeeting(m.startsAt().atZone(BANGKOK).toLocalDate(), m.kind().name(),
					messages.getMessage("participation.meeting.kind." + m.kind().name(), null, language),
					m.details().targetAreaId() == null ? null : areaNames.get(m.details().targetAreaId()),
					counts.get(m.id()).present()))
			.toList();
	}
}
