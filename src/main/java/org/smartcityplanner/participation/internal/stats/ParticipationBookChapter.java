package org.smartcityplanner.participation.internal.stats;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.ParticipationInput;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SurveyApi;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.domain.group.SectorBalance;
import org.smartcityplanner.participation.internal.ballot.BallotBookSection;
import org.smartcityplanner.participation.internal.survey.SurveyFigures;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.publication.ChapterContribution;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The participation chapter of the master-plan book (chapter 10): the working group by sector against its target,
 * the meetings with their attendance and minutes, the survey responses by survey, sector, area and channel, the
 * main findings staff read in the survey results, the public's ideas and what became of them
 * ({@link IdeaBookSection}), and the resolutions the meetings reached. Every figure comes
 * from the same queries the participation pages use. A province with no group, meeting, survey or idea contributes
 * nothing, so the book prints its placeholder.
 */
@Component
class ParticipationBookChapter implements PublicationContributor {

	static final String KEY = "participation";
	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final WorkingGroupApi group;
	private final MeetingApi meetings;
	private final SurveyApi surveys;
	private final SurveyFigures surveyFigures;
	private final ParticipationStatistics statistics;
	private final ProfileApi profile;
	private final IdeaBookSection ideas;
	private final BallotBookSection ballots;
	private final MessageSource messages;

	ParticipationBookChapter(WorkingGroupApi group, MeetingApi meetings, SurveyApi surveys,
			SurveyFigures surveyFigures, ParticipationStatistics statistics, ProfileApi profile, IdeaBookSection ideas,
			BallotBookSection ballots, MessageSource messages) {
		this.ballots = ballots;
		this.group = group;
		this.meetings = meetings;
		this.surveys = surveys;
		this.surveyFigures = surveyFigures;
		this.statistics = statistics;
		this.profile = profile;
		this.ideas = ideas;
		this.messages = messages;
	}

	@Override
	public List<ChapterContribution> bookChapters(ProvinceCode province, Locale language) {
		WorkingGroupFigures members = group.figures(province);
		List<Meeting> held = meetings.meetings(province).stream()
			.sorted(Comparator.comparing(Meeting::startsAt)).toList();
		List<SurveySummary> asked = surveys.surveysOf(province);
		IdeaCounts ideaCounts = statistics.ideaCounts(province);
		List<Part> ballotParts = ballots.parts(province, language);
		if (members.currentMembers() == 0 && held.isEmpty() && asked.isEmpty() && !ideas.hasIdeas(ideaCounts)
				&& ballotParts.isEmpty()) {
			return List.of();
		}
		List<Part> parts = new ArrayList<>();
		Map<Long, MeetingCounts> counts = meetings.counts(province);
		long present = counts.values().stream().mapToLong(MeetingCounts::present).sum();
		long responses = asked.stream().mapToLong(SurveySummary::responses).sum();
		parts.add(Part.Paragraph.body(t(language, "participation.book.summary", members.currentMembers(),
				Sector.values().length - members.missing().size(), held.size(), present, asked.size(), responses)));
		parts.add(new Part.Heading(2, t(language, "participation.book.group")));
		parts.add(groupTable(members, language));
		parts.add(new Part.Heading(2, t(language, "participation.book.meetings")));
		parts.add(meetingTable(held, counts, language));
		parts.add(new Part.Heading(2, t(language, "participation.book.surveys")));
		parts.add(surveyTable(asked, language));
		parts.addAll(respondentTables(province, language));
		List<ParticipationInput> findings = statistics.findingInputs(province);
		if (!findings.isEmpty()) {
			parts.add(new Part.Heading(2, t(language, "participation.book.surveyFindings")));
			findings.forEach(input -> parts.add(Part.Paragraph.body("• " + input.origin() + ": " + input.text())));
		}
		parts.addAll(ideas.parts(province, ideaCounts, language));
		parts.addAll(ballotParts);
		List<ParticipationInput> resolutions = statistics.inputs(province).stream()
			.filter(input -> !findings.contains(input)).toList();
		if (!resolutions.isEmpty()) {
			parts.add(new Part.Heading(2, t(language, "participation.book.findings")));
			resolutions.forEach(input -> parts.add(Part.Paragraph.body("• " + input.origin() + ": " + input.text())));
		}
		return List.of(new ChapterContribution(KEY, parts));
	}

	private Part.Table groupTable(WorkingGroupFigures members, Locale language) {
		List<List<Value>> rows = new ArrayList<>();
		for (SectorBalance.Line line : members.balance()) {
			rows.add(List.of(Value.text(t(language, "participation.sector." + line.sector().name())),
					Value.whole(line.members()), Value.whole(line.target())));
		}
		rows.add(List.of(Value.text(t(language, "participation.book.total")), Value.whole(members.currentMembers()),
				Value.whole(members.balance().stream().mapToInt(SectorBalance.Line::target).sum())));
		return new Part.Table(t(language, "participation.book.groupTable"),
				List.of(Part.Table.Column.text(t(language, "participation.book.sector"), 5),
						Part.Table.Column.number(t(language, "participation.book.members"), 1.6),
						Part.Table.Column.number(t(language, "participation.book.target"), 1.6)),
				rows);
	}

	private Part.Table meetingTable(List<Meeting> held, Map<Long, MeetingCounts> counts, Locale language) {
		List<List<Value>> rows = new ArrayList<>();
		for (Meeting meeting : held) {
			MeetingCounts figures = counts.getOrDefault(meeting.id(), MeetingCounts.none());
			rows.add(List.of(
					Value.text(PublicationDates.abbreviated(meeting.startsAt().atZone(BANGKOK).toLocalDate(), language)),
					Value.text(meeting.title() + "\n" + t(language, "participation.meeting.kind." + meeting.kind().name())),
					Value.whole(figures.present()),
					Value.text(t(language, meeting.minutes().recorded() ? "participation.book.minutesYes"
							: "participation.book.minutesNo"))));
		}
		return new Part.Table(t(language, "participation.book.meetingTable"),
				List.of(Part.Table.Column.text(t(language, "participation.book.date"), 1.8),
						Part.Table.Column.text(t(language, "participation.book.meeting"), 5),
						Part.Table.Column.number(t(language, "participation.book.present"), 1.4),
						Part.Table.Column.text(t(language, "participation.book.minutes"), 1.6)),
				rows);
	}

	private Part.Table surveyTable(List<SurveySummary> asked, Locale language) {
		List<List<Value>> rows = new ArrayList<>();
		for (SurveySummary survey : asked) {
			rows.add(List.of(Value.text(survey.title() + "\n" + t(language, "participation.survey.state."
					+ survey.state().name())), Value.whole(survey.responses()), Value.whole(survey.online()),
					Value.whole(survey.paper())));
		}
		return new Part.Table(t(language, "participation.book.surveyTable"),
				List.of(Part.Table.Column.text(t(language, "participation.book.survey"), 5),
						Part.Table.Column.number(t(language, "participation.book.responses"), 1.5),
						Part.Table.Column.number(t(language, "participation.book.online"), 1.5),
						Part.Table.Column.number(t(language, "participation.book.paper"), 1.5)),
				rows);
	}

	/** Responses by sector and by area, each split by channel: who answered, and where from. */
	private List<Part.Table> respondentTables(ProvinceCode province, Locale language) {
		Map<Long, String> areaNames = new LinkedHashMap<>();
		profile.areasOf(province).forEach(area -> areaNames.put(area.id(), area.name().in(language)));
		String everyone = t(language, "participation.survey.generalPublic");
		String elsewhere = t(language, "participation.survey.elsewhere");
		Map<String, long[]> bySector = new LinkedHashMap<>();
		for (Sector sector : Sector.values()) {
			bySector.put(t(language, "participation.sector." + sector.name()), new long[2]);
		}
		bySector.put(everyone, new long[2]);
		Map<String, long[]> byArea = new LinkedHashMap<>();
		areaNames.values().forEach(name -> byArea.put(name, new long[2]));
		byArea.put(elsewhere, new long[2]);
		for (SurveyFigures.RespondentGroup group : surveyFigures.respondentsOf(province)) {
			int channel = "PAPER".equals(group.channel()) ? 1 : 0;
			String sector = group.sector() == null || Sector.parse(group.sector()) == null ? everyone
					: t(language, "participation.sector." + group.sector());
			bySector.computeIfAbsent(sector, key -> new long[2])[channel] += group.responses();
			String area = group.areaId() == null ? elsewhere : areaNames.getOrDefault(group.areaId(), elsewhere);
			byArea.computeIfAbsent(area, key -> new long[2])[channel] += group.responses();
		}
		return List.of(channelTable(t(language, "participation.book.bySectorTable"),
				t(language, "participation.book.sector"), bySector, language),
				channelTable(t(language, "participation.book.byAreaTable"), t(language, "participation.book.area"),
						byArea, language));
	}

	private Part.Table channelTable(String caption, String firstColumn, Map<String, long[]> counts, Locale language) {
		List<List<Value>> rows = new ArrayList<>();
		long[] total = new long[2];
		counts.forEach((label, channels) -> {
			rows.add(List.of(Value.text(label), Value.whole(channels[0]), Value.whole(channels[1]),
					Value.whole(channels[0] + channels[1])));
			total[0] += channels[0];
			total[1] += channels[1];
		});
		rows.add(List.of(Value.text(t(language, "participation.book.total")), Value.whole(total[0]),
				Value.whole(total[1]), Value.whole(total[0] + total[1])));
		return new Part.Table(caption,
				List.of(Part.Table.Column.text(firstColumn, 5),
						Part.Table.Column.number(t(language, "participation.book.online"), 1.5),
						Part.Table.Column.number(t(language, "participation.book.paper"), 1.5),
						Part.Table.Column.number(t(language, "participation.book.responses"), 1.5)),
				rows);
	}

	private String t(Locale language, String key, Object... args) {
		return messages.getMessage(key, args, language);
	}
}
