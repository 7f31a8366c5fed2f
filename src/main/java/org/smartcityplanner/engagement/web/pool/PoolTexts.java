package org.smartcityplanner.engagement.web.pool;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.engagement.domain.matching.Need;
import org.smartcityplanner.engagement.domain.matching.Reason;
import org.smartcityplanner.engagement.domain.matching.TeamCheck;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a proposal's reasons and a refused team's problems in the user's language, with names instead of codes
 * (templates: {@code ${@poolTexts.reason(r, byId, #locale)}}; the API uses the same texts).
 */
@Component("poolTexts")
class PoolTexts {

	private final MessageSource messages;
	private final ReferenceApi reference;

	PoolTexts(MessageSource messages, ReferenceApi reference) {
		this.messages = messages;
		this.reference = reference;
	}

	public String reason(Reason reason, Map<Long, ConsultantView> byId, Locale locale) {
		Object[] args = switch (reason.kind()) {
			case LEADS -> new Object[0];
			case COVERS -> new Object[] { needs(reason, locale), reason.load(), reason.cap() };
			case FILLS_WITH_LOW_LOAD, AT_CAP, HIGHER_LOAD -> new Object[] { reason.load(), reason.cap() };
			case AWAY -> new Object[] { reason.days() };
			case COVERED_BY_OTHER -> new Object[] { needs(reason, locale), name(reason.otherId(), byId),
					byId.containsKey(reason.otherId()) ? byId.get(reason.otherId()).load() : 0, reason.load() };
		};
		return messages.getMessage("pool.reason." + reason.kind(), args, locale);
	}

	public String problem(TeamCheck.Problem problem, Map<Long, ConsultantView> byId, Locale locale) {
		Object[] args = switch (problem.kind()) {
			case SIZE -> new Object[] { problem.count() };
			case LEAD_NOT_SENIOR -> new Object[0];
			case OVER_CAP -> new Object[] { name(problem.consultantId(), byId), problem.count(), problem.cap() };
		};
		return messages.getMessage("pool.problem." + problem.kind(), args, locale);
	}

	public String need(Need need, Locale locale) {
		if (need.kind() == Need.Kind.EXPERTISE) {
			return messages.getMessage("pool.tag." + need.code(), null, locale);
		}
		return reference.item(ReferenceKind.SMART_DIMENSION, need.code()).map(item -> item.name().in(locale))
			.orElse(need.code());
	}

	private String needs(Reason reason, Locale locale) {
		return reason.needs().stream().map(need -> need(need, locale)).collect(Collectors.joining(", "));
	}

	private static String name(Long id, Map<Long, ConsultantView> byId) {
		return id != null && byId.containsKey(id) ? byId.get(id).displayName() : String.valueOf(id);
	}
}
