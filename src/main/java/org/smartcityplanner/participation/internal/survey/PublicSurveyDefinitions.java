package org.smartcityplanner.participation.internal.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * What a survey's public link needs, kept in this node's memory so that an answer costs one small query instead of
 * a dozen (issue 13: the public submission path under load). Nodes share nothing but the database, so:
 * <ul>
 * <li>the survey and its questions are cached by public key and checked against the survey's revision (its
 * {@code lock_version}, raised by every change, publishing and closing included) with one indexed query per use:
 * an edit, a close or a new question is seen by every node at once;</li>
 * <li>the province's name, its target areas and whether the process's current phase offers surveys are kept for
 * {@link #PROVINCE_FOR} at most, and read afresh whenever they would refuse an answer (a phase not open, an area not
 * known): a phase that just opened or an area just added is seen at once; a phase that just ended or an area just
 * removed within seconds, which costs nothing real (an answer accepted a few seconds after a phase's end is still
 * an answer).</li>
 * </ul>
 */
@Component
class PublicSurveyDefinitions {

	/** How long a node trusts what it read about a province (areas, name, process phase). */
	static final Duration PROVINCE_FOR = Duration.ofSeconds(10);
	/** Surveys kept at most; a province has a handful open at a time, so this is never reached in practice. */
	static final int MOST_SURVEYS = 500;

	private final SurveyStore store;
	private final ProfileApi profile;
	private final ProcessApi process;
	private final ReferenceApi reference;
	private final Clock clock;
	private final Map<String, Survey> surveys = new ConcurrentHashMap<>();
	private final Map<ProvinceCode, Province> provinces = new ConcurrentHashMap<>();

	PublicSurveyDefinitions(SurveyStore store, ProfileApi profile, ProcessApi process, ReferenceApi reference,
			Clock clock) {
		this.store = store;
		this.profile = profile;
		this.process = process;
		this.reference = reference;
		this.clock = clock;
	}

	/** What a node knows about a province, and since when. */
	record Province(LocalizedText name, List<PublicSurvey.Area> areas, boolean surveysInPhase, Instant readAt) {
	}

	/** The survey behind a public link as its public page shows it; empty for an unknown link or a draft. */
	Optional<PublicSurvey> find(String publicKey) {
		return find(publicKey, false);
	}

	/**
	 * The same with the province read afresh: for an answer naming an area this node does not know yet (added
	 * seconds ago), before it is refused.
	 */
	Optional<PublicSurvey> findAfresh(String publicKey) {
		return find(publicKey, true);
	}

	private Optional<PublicSurvey> find(String publicKey, boolean afresh) {
		return survey(publicKey).filter(s -> s.state() != SurveyState.DRAFT).map(s -> {
			Province province = province(s.province(), afresh);
			if (s.state() == SurveyState.OPEN && !province.surveysInPhase() && !afresh) {
				// only what lets an answer in is trusted for a while: a phase that opened just now is seen at once
				province = province(s.province(), true);
			}
			String closed = s.state() == SurveyState.CLOSED ? "participation.survey.public.closed"
					: !province.surveysInPhase() ? "participation.survey.public.notInPhase" : null;
			return new PublicSurvey(s, province.name(), province.areas(), closed == null, closed);
		});
	}

	private Optional<Survey> survey(String publicKey) {
		Optional<SurveyStore.Revision> revision = store.revision(publicKey);
		if (revision.isEmpty()) {
			surveys.remove(publicKey);
			return Optional.empty();
		}
		Survey cached = surveys.get(publicKey);
		if (cached != null && cached.id() == revision.get().id() && cached.version() == revision.get().version()) {
			return Optional.of(cached);
		}
		Optional<Survey> fresh = store.find(revision.get().province(), revision.get().id());
		fresh.ifPresent(s -> {
			if (surveys.size() >= MOST_SURVEYS) {
				surveys.clear();
			}
			surveys.put(publicKey, s);
		});
		return fresh;
	}

	private Province province(ProvinceCode code, boolean afresh) {
		Instant now = clock.instant();
		Province known = provinces.get(code);
		if (!afresh && known != null && known.readAt().plus(PROVINCE_FOR).isAfter(now) && !known.readAt().isAfter(now)) {
			return known;
		}
		Province fresh = new Province(reference.province(code).orElseThrow().name(),
				profile.areasOf(code).stream().map(a -> new PublicSurvey.Area(a.id(), a.name())).toList(),
				process.isOpen(code, SurveyService.TOOL), now);
		provinces.put(code, fresh);
		return fresh;
	}
}
