package org.smartcityplanner.participation.internal.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.LongReasons;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ideas section of the book's participation chapter: how many ideas came in by which channel and what became
 * of them (the statistics service's counts), then per smart dimension a table of its ideas, by target area, with the
 * answer each got — the plan item it became, the reason it was declined, or that it is still being considered.
 * Hidden ideas are counted, never printed.
 */
@Component
class IdeaBookSection {

	private final ParticipationStatistics statistics;
	private final ReferenceApi reference;
	private final ProfileApi profile;
	private final MessageSource messages;

	IdeaBookSection(ParticipationStatistics statistics, ReferenceApi reference, ProfileApi profile,
			MessageSource messages) {
		this.statistics = statistics;
		this.reference = reference;
		this.profile = profile;
		this.messages = messages;
	}

	/** Whether the province has any idea at all, even a hidden one: then the chapter has something to say. */
	boolean hasIdeas(IdeaCounts counts) {
		return counts.total() + counts.hidden() > 0;
	}

	List<Part> parts(ProvinceCode province, IdeaCounts counts, Locale language) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading(2, t(language, "participation.book.ideas")));
		if (!hasIdeas(counts)) {
			parts.add(Part.Paragraph.body(t(language, "participation.book.ideas.none")));
			return parts;
		}
		parts.add(Part.Paragraph.body(summary(counts, language)));
		parts.add(channelTable(counts, language));
		Map<Long, String> areas = new LinkedHashMap<>();
		profile.areasOf(province).forEach(area -> areas.put(area.id(), area.name().in(language)));
		List<Long> areaOrder = new ArrayList<>(areas.keySet());
		List<IdeaFigures.Outcome> outcomes = statistics.ideaOutcomes(province);
		List<String> without = new ArrayList<>();
		for (ReferenceItem dimension : reference.items(ReferenceKind.SMART_DIMENSION)) {
			List<IdeaFigures.Outcome> ofDimension = outcomes.stream()
				.filter(idea -> idea.dimensionCode().equals(dimension.code()))
				.sorted(Comparator.comparingInt((IdeaFigures.Outcome idea) -> areaRank(idea.areaId(), areaOrder))
					.thenComparing(Comparator.comparingLong(IdeaFigures.Outcome::supports).reversed())
					.thenComparingLong(IdeaFigures.Outcome::id))
				.toList();
			if (ofDimension.isEmpty()) {
				without.add(dimension.name().in(language));
			}
			else {
				List<Part.Paragraph> notes = new ArrayList<>();
				parts.add(dimensionTable(dimension.name().in(language), ofDimension, areas, notes, language));
				parts.addAll(notes);
			}
		}
		if (!without.isEmpty()) {
			parts.add(Part.Paragraph.body(t(language, "participation.book.ideas.dimensionsWithout",
					String.join(", ", without))));
		}
		return parts;
	}

	private String summary(IdeaCounts counts, Locale language) {
		IdeaCounts.Tally all = counts.all();
		StringBuilder text = new StringBuilder(t(language, "participation.book.ideas.summary", counts.total(),
				counts.online().total(), counts.paper().total(), all.supports(), all.accepted(), all.declined(),
				all.underConsideration()));
		if (counts.ratings() > 0) {
			text.append(' ').append(t(language, "participation.book.ideas.rating", counts.ratings(), counts.meanRating()));
		}
		if (counts.hidden() > 0) {
			text.append(' ').append(t(language, "participation.book.ideas.hidden", counts.hidden()));
		}
		return text.toString();
	}

	private Part.Table channelTable(IdeaCounts counts, Locale language) {
		List<List<Value>> rows = List.of(tallyRow(t(language, "participation.book.online"), counts.online()),
				tallyRow(t(language, "participation.book.paper"), counts.paper()),
				tallyRow(t(language, "participation.book.total"), counts.all()));
		return new Part.Table(t(language, "participation.book.ideas.channelTable"),
				List.of(Part.Table.Column.text(t(language, "participation.book.ideas.channel"), 2.2),
						Part.Table.Column.number(t(language, "participation.book.ideas.proposed"), 1.4),
						Part.Table.Column.number(t(language, "participation.book.ideas.accepted"), 1.4),
						Part.Table.Column.number(t(language, "participation.book.ideas.declined"), 1.4),
						Part.Table.Column.number(t(language, "participation.book.ideas.pending"), 1.4),
						Part.Table.Column.number(t(language, "participation.book.ideas.supports"), 1.4)),
				rows);
	}

	private static List<Value> tallyRow(String label, IdeaCounts.Tally tally) {
		return List.of(Value.text(label), Value.whole(tally.total()), Value.whole(tally.accepted()),
				Value.whole(tally.declined()), Value.whole(tally.underConsideration()), Value.whole(tally.supports()));
	}

	/**
	 * Three columns, the idea with its area (and channel) on a line below as the meeting table has it: a separate
	 * area column was too narrow for the areas' long names, which then broke inside words.
	 */
	private Part.Table dimensionTable(String dimension, List<IdeaFigures.Outcome> ideas, Map<Long, String> areas,
			List<Part.Paragraph> notes, Locale language) {
		String wholeProvince = t(language, "participation.book.ideas.wholeProvince");
		List<List<Value>> rows = new ArrayList<>();
		for (IdeaFigures.Outcome idea : ideas) {
			String area = idea.areaId() == null ? wholeProvince : areas.getOrDefault(idea.areaId(), wholeProvince);
			String where = idea.channel() == IdeaChannel.PAPER
					? t(language, "participation.book.ideas.onPaper", area) : area;
			rows.add(List.of(Value.text(idea.title() + "\n" + where), Value.whole(idea.supports()),
					Value.text(outcome(idea, notes, language))));
		}
		return new Part.Table(t(language, "participation.book.ideas.dimensionTable", dimension),
				// rendered and looked at: a narrower supports column wraps its header, a narrower idea column its areas
				List.of(Part.Table.Column.text(t(language, "participation.book.ideas.idea"), 5),
						Part.Table.Column.number(t(language, "participation.book.ideas.supports"), 1.8),
						Part.Table.Column.text(t(language, "participation.book.ideas.outcome"), 4.5)),
				rows);
	}

	/**
	 * What became of the idea, for its row. A decline reason too long for a row ({@link LongReasons}) is printed as
	 * a numbered note under the table instead, and the row points to it.
	 */
	private String outcome(IdeaFigures.Outcome idea, List<Part.Paragraph> notes, Locale language) {
		return switch (idea.status()) {
			case ACCEPTED -> t(language, "participation.book.ideas.becamePlanItem", idea.acceptedTitle());
			case DECLINED -> {
				if (!LongReasons.isLong(idea.declineReason())) {
					yield t(language, "participation.book.ideas.declinedBecause", idea.declineReason());
				}
				String number = String.valueOf(notes.size() + 1);
				notes.add(new Part.Paragraph(List.of(Span.bold(t(language, "idea.book.reasonNote.heading", number,
						idea.title()) + " "), Span.plain(idea.declineReason())), Part.Paragraph.Layout.BODY,
						notes.isEmpty() ? 6 : 0));
				yield t(language, "idea.book.reasonNote.row", number);
			}
			default -> t(language, "participation.book.ideas.underConsideration");
		};
	}

	/** Target areas in the province's order, then ideas for the whole province (or an area since removed). */
	private static int areaRank(Long areaId, List<Long> order) {
		int rank = areaId == null ? -1 : order.indexOf(areaId);
		return rank < 0 ? order.size() : rank;
	}

	private String t(Locale language, String key, Object... args) {
		return messages.getMessage(key, args, language);
	}
}
