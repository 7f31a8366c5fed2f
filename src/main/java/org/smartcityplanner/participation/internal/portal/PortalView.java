package org.smartcityplanner.participation.internal.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.participation.BallotKind;

/**
 * What the public portal of a province shows (page and API alike): aggregated figures only, never a name, an
 * organisation or an open answer.
 *
 * @param provinceCode the province's code
 * @param provinceName its name in the reader's language
 * @param processDefined whether the province has set up its participation process
 * @param phases the process's phases in order
 * @param openSurveys surveys taking answers now, with their public link
 * @param results closed surveys whose results staff made public
 * @param meetings public hearings and area workshops held, latest first
 * @param publicHearingsHeld how many public hearings were held (the statistics service's count)
 * @param ideas the public's ideas counted (the statistics service's counts)
 * @param ballots the participatory-budgeting ballots the public may see (none before the process is set up)
 * @param opinions the opinion conversations the public may see (none before the process is set up)
 */
public record PortalView(String provinceCode, String provinceName, boolean processDefined, List<PhaseView> phases,
		List<OpenSurvey> openSurveys, List<PublishedResults> results, List<HeldMeeting> meetings,
		int publicHearingsHeld, Ideas ideas, Ballots ballots, Opinions opinions) {

	/**
	 * The ballots the public may see; never a draft.
	 *
	 * @param open open ballots, newest first; each says whether it takes votes today
	 * @param closed closed and counted ballots, whose link shows the result, newest first
	 */
	public record Ballots(List<PortalBallot> open, List<PortalBallot> closed) {
	}

	/**
	 * @param title the ballot's title
	 * @param kind how it is filled in
	 * @param maxChoices the most projects one may tick ({@code K_APPROVAL} only), else {@code null}
	 * @param budget the budget shared out, in baht with two decimals
	 * @param link its public address: the form while open, the result once closed
	 * @param takingVotes whether it takes votes today: open, and the process's current phase opens the ballots tool
	 *        (the ballot page's own rule)
	 */
	public record PortalBallot(String title, BallotKind kind, Integer maxChoices, BigDecimal budget, String link,
			boolean takingVotes) {
	}

	/**
	 * The opinion conversations the public may see; a map staff have not made public is never listed.
	 *
	 * @param open open conversations, newest first; each says whether it takes votes today
	 * @param publishedMaps conversations whose opinion map staff made public, newest first
	 */
	public record Opinions(List<PortalConversation> open, List<PortalConversation> publishedMaps) {
	}

	/**
	 * @param topic the conversation's topic
	 * @param link its public address, e.g. {@code /public/TH-65/opinions/3}
	 * @param takingVotes whether it takes votes today: open, and the process's current phase opens the opinion-map
	 *        tool (the conversation page's own rule)
	 */
	public record PortalConversation(String topic, String link, boolean takingVotes) {
	}

	/**
	 * The public ideas counted (hidden ones left out), each breakdown adding up to {@code total}.
	 *
	 * @param total public ideas
	 * @param online proposed online
	 * @param paper typed in from paper
	 * @param accepted that became a plan item
	 * @param declined declined with a reason
	 * @param underConsideration awaiting a decision
	 * @param supports supports given to them
	 * @param byDimension per smart dimension, in the official order
	 * @param byArea per target area, then the whole province
	 */
	public record Ideas(long total, long online, long paper, long accepted, long declined, long underConsideration,
			long supports, List<Count> byDimension, List<Count> byArea) {
	}

	/**
	 * @param label a smart dimension or target area in the reader's language
	 * @param count how many ideas
	 */
	public record Count(String label, long count) {
	}

	/**
	 * @param kind the phase kind, e.g. {@code LISTEN}
	 * @param name its name in the reader's language
	 * @param startsOn first day, or {@code null} while not planned
	 * @param endsOn last day, or {@code null} while not planned
	 * @param current whether it runs today
	 * @param openTools the names of the tools open to the public during it
	 */
	public record PhaseView(String kind, String name, LocalDate startsOn, LocalDate endsOn, boolean current,
			List<String> openTools) {
	}

	/**
	 * @param title the survey's title
	 * @param link its public address, e.g. {@code /survey/abc}
	 */
	public record OpenSurvey(String title, String link) {
	}

	/**
	 * @param title the survey's title
	 * @param closedOn the day it closed
	 * @param responses counted responses (the survey pages' figure)
	 * @param questions per question, in order
	 */
	public record PublishedResults(String title, LocalDate closedOn, long responses, List<QuestionView> questions) {
	}

	/**
	 * @param position its number
	 * @param text the question
	 * @param answered how many answered it
	 * @param cells per option or area (open-text and number questions have none)
	 * @param mean the mean (Likert), or {@code null} when not applicable or over too few answers
	 * @param someHidden whether a cell was hidden for counting fewer than 5 people
	 */
	public record QuestionView(int position, String text, long answered, List<Cell> cells, BigDecimal mean,
			boolean someHidden) {
	}

	/**
	 * @param label the option, Likert point or area
	 * @param count how many chose it, or {@code null} when hidden
	 * @param percent its share of {@code answered}, or {@code null} when hidden
	 * @param hidden whether it counted fewer than 5 people and is therefore not shown
	 */
	public record Cell(String label, Long count, BigDecimal percent, boolean hidden) {
	}

	/**
	 * @param date the day it was held
	 * @param kind {@code PUBLIC_HEARING} or {@code AREA_WORKSHOP}
	 * @param kindName the kind in the reader's language
	 * @param area the target area's name, or {@code null} for the whole province
	 * @param attendance everyone present (the meeting pages' figure)
	 */
	public record HeldMeeting(LocalDate date, String kind, String kindName, String area, int attendance) {
	}
}
