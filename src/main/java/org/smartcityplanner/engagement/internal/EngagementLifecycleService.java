package org.smartcityplanner.engagement.internal;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.engagement.EngagementClosed;
import org.smartcityplanner.engagement.EngagementOpened;
import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.engagement.domain.lifecycle.EngagementPeriod;
import org.smartcityplanner.engagement.domain.lifecycle.LifecycleRules;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement's life cycle, each change audited and announced as a past-tense event.
 */
@Service
class EngagementLifecycleService implements EngagementLifecycle {

	private final EngagementRepository engagements;
	private final EngagementService views;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final OverlapGuard overlap = new OverlapGuard();

	EngagementLifecycleService(EngagementRepository engagements, EngagementService views, AuditLog audit,
			ApplicationEventPublisher events) {
		this.engagements = engagements;
		this.views = views;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public EngagementView open(ProvinceCode province, String title, LocalDate signedOn, LocalDate endOrNull) {
		String checkedTitle = LifecycleRules.requireTitle(title);
		EngagementPeriod period = new EngagementPeriod(signedOn,
				endOrNull != null || signedOn == null ? endOrNull
						: signedOn.plusDays(EngagementPeriod.STANDARD_DAYS - 1L));
		overlap.requireNoOverlap(engagements, null, province, period);
		Engagement saved = engagements.save(new Engagement(province.value(), checkedTitle, period.start(),
				period.end()));
		EngagementView view = views.view(saved);
		audit.record(new AuditChange("engagement", String.valueOf(saved.id), "created", province, null, view));
		events.publishEvent(new EngagementOpened(saved.id, province, period.start(), period.end()));
		return view;
	}

	@Override
	public Optional<EngagementView> engagement(long id) {
		return engagements.findById(id).map(views::view);
	}

	@Override
	@Transactional
	public EngagementView edit(long id, String title, LocalDate start, LocalDate end) {
		Engagement engagement = engagements.findById(id).orElseThrow(NoSuchElementException::new);
		EngagementView before = views.view(engagement);
		EngagementPeriod period = new EngagementPeriod(start, end);
		LifecycleRules.requireEditable(engagement.lifecycleStatus());
		overlap.requireNoOverlap(engagements, id, before.province(), period);
		engagement.edit(title, period);
		EngagementView after = views.view(engagements.save(engagement));
		audit.record(new AuditChange("engagement", String.valueOf(id), "updated", before.province(), before, after));
		return after;
	}

	@Override
	@Transactional
	public EngagementView close(long id, LocalDate closedOn) {
		Engagement engagement = engagements.findById(id).orElseThrow(NoSuchElementException::new);
		EngagementView before = views.view(engagement);
		engagement.close(closedOn);
		EngagementView after = views.view(engagements.save(engagement));
		audit.record(new AuditChange("engagement", String.valueOf(id), "closed", before.province(), before, after));
		events.publishEvent(new EngagementClosed(id, before.province(), closedOn));
		return after;
	}
}
