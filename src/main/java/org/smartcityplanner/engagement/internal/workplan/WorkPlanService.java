package org.smartcityplanner.engagement.internal.workplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.engagement.domain.workplan.DeliverableStatus;
import org.smartcityplanner.engagement.domain.workplan.MilestoneStatus;
import org.smartcityplanner.engagement.domain.workplan.ReviewRules;
import org.smartcityplanner.engagement.domain.workplan.WorkingCalendar;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work plans: created from the template, edited by the admin, moved on by the team; every change audited. */
@Service
class WorkPlanService implements WorkPlanUseCases {

	private final WorkPlanStore store;
	private final WorkPlanTemplateUseCases template;
	private final HolidayUseCases holidays;
	private final DeliverableFiles files;
	private final AuditLog audit;
	private final Clock clock;

	WorkPlanService(WorkPlanStore store, WorkPlanTemplateUseCases template, HolidayUseCases holidays,
			DeliverableFiles files, AuditLog audit, Clock clock) {
		this.store = store;
		this.template = template;
		this.holidays = holidays;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public WorkPlan createFromTemplate(long engagementId) {
		PlannedEngagement engagement = engagement(engagementId);
		if (!store.items(engagementId).isEmpty()) {
			throw new InvalidInputException("workplan.refused.alreadyPlanned");
		}
		WorkingCalendar calendar = holidays.calendar();
		LocalDate signed = engagement.startDate();
		LocalDate end = engagement.endDate();
		Map<Long, Long> phaseIds = new HashMap<>();
		for (TemplateItem row : template.items()) {
			LocalDate due = calendar.dueDate(signed, row.dueOffset(), end);
			if ("PHASE".equals(row.kind())) {
				LocalDate start = calendar.startDate(signed, row.startOffset() == null ? 0 : row.startOffset(), end);
				phaseIds.put(row.id(), store.insert(engagementId, row, null, start.isAfter(due) ? due : start, due,
						null, "PENDING"));
			}
			else if (phaseIds.containsKey(row.parentId())) {
				Long owner = "TEAM_LEAD".equals(row.ownerRole()) ? engagement.lead() : null;
				String status = "MILESTONE".equals(row.kind()) ? "PENDING" : "NOT_STARTED";
				store.insert(engagementId, row, phaseIds.get(row.parentId()), null, due, owner, status);
			}
		}
		WorkPlan plan = new WorkPlan(engagement, store.items(engagementId));
		audit.record(new AuditChange("work-plan", String.valueOf(engagementId), "created", engagement.province(), null,
				plan.items().size() + " items"));
		return plan;
	}

	@Override
	public Optional<WorkPlan> plan(long engagementId) {
		return store.engagement(engagementId).map(e -> new WorkPlan(e, store.items(engagementId)));
	}

	@Override
	public Optional<WorkPlan> planOf(ProvinceCode province) {
		return store.latestEngagementOf(province).flatMap(this::plan);
	}

	@Override
	@Transactional
	public WorkItem assignOwner(long engagementId, long itemId, Long ownerUserId) {
		PlannedEngagement engagement = engagement(engagementId);
		WorkItem before = item(engagementId, itemId);
		if (ownerUserId != null && !engagement.onTeam(ownerUserId)) {
			throw new InvalidInputException("workplan.refused.ownerNotOnTeam");
		}
		store.updateOwner(before, ownerUserId);
		return audited(engagement, before, "owner-assigned");
	}

	@Override
	@Transactional
	public WorkItem moveDueDate(long engagementId, long itemId, LocalDate dueDate) {
		PlannedEngagement engagement = engagement(engagementId);
		WorkItem before = item(engagementId, itemId);
		if (dueDate == null) {
			throw new InvalidInputException("workplan.refused.dueDateMissing");
		}
		if (dueDate.isBefore(engagement.startDate()) || dueDate.isAfter(engagement.endDate())
				|| (before.startDate() != null && dueDate.isBefore(before.startDate()))) {
			throw new InvalidInputException("workplan.refused.dueDateOutside");
		}
		store.updateDueDate(before, dueDate);
		return audited(engagement, before, "due-date-moved");
	}

	@Override
	@Transactional
	public WorkItem editItem(long engagementId, long itemId, Long ownerUserId, LocalDate dueDate) {
		WorkItem item = item(engagementId, itemId);
		if (!item.dueDate().equals(dueDate)) {
			moveDueDate(engagementId, itemId, dueDate);
		}
		if (!item.isPhase() && !java.util.Objects.equals(item.ownerUserId(), ownerUserId)) {
			assignOwner(engagementId, itemId, ownerUserId);
		}
		return item(engagementId, itemId);
	}

	@Override
	@Transactional
	public WorkItem setMilestone(long engagementId, long itemId, String status, long actorUserId) {
		PlannedEngagement engagement = engagement(engagementId);
		WorkItem before = item(engagementId, itemId);
		if (!before.isMilestone()) {
			throw new InvalidInputException("workplan.refused.notMilestone");
		}
		if (!engagement.onTeam(actorUserId)) {
			throw new InvalidInputException("workplan.refused.notOnTeam");
		}
		MilestoneStatus next = parse(MilestoneStatus.class, status);
		if (!MilestoneStatus.valueOf(before.status()).canMoveTo(next)) {
			throw new InvalidInputException("workplan.refused.transition");
		}
		store.updateStatus(before, next.name(), next == MilestoneStatus.DONE ? LocalDate.now(clock) : null, null);
		return audited(engagement, before, "status-changed");
	}

	@Override
	@Transactional
	public WorkItem moveDeliverable(long engagementId, long itemId, String status, long actorUserId, String reason) {
		PlannedEngagement engagement = engagement(engagementId);
		WorkItem before = item(engagementId, itemId);
		if (!before.isDeliverable()) {
			throw new InvalidInputException("workplan.refused.notDeliverable");
		}
		DeliverableStatus next = ReviewRules.decide(DeliverableStatus.valueOf(before.status()),
				parse(DeliverableStatus.class, status),
				new ReviewRules.Actor(engagement.onTeam(actorUserId), engagement.isLead(actorUserId)),
				!before.isGenerated(), files.count(itemId) > 0, reason);
		String kept = next == DeliverableStatus.RETURNED ? reason.strip() : null;
		store.updateStatus(before, next.name(), next.isFinal() ? LocalDate.now(clock) : null, kept);
		return audited(engagement, before, "status-changed");
	}

	@Override
	@Transactional
	public DeliverableFile upload(long engagementId, long itemId, long actorUserId, String originalFileName,
			byte[] content) {
		PlannedEngagement engagement = engagement(engagementId);
		WorkItem before = item(engagementId, itemId);
		if (!before.isDeliverable() || before.isGenerated()) {
			throw new InvalidInputException("workplan.refused.notUploaded");
		}
		if (!engagement.onTeam(actorUserId)) {
			throw new InvalidInputException("workplan.refused.notOnTeam");
		}
		DeliverableStatus status = DeliverableStatus.valueOf(before.status());
		if (status.isFinal()) {
			throw new InvalidInputException("workplan.refused.approvedIsFinal");
		}
		DeliverableFile added = files.add(itemId, actorUserId, originalFileName, content);
		if (status == DeliverableStatus.NOT_STARTED || status == DeliverableStatus.RETURNED) {
			store.updateStatus(before, DeliverableStatus.IN_PROGRESS.name(), null, before.returnReason());
		}
		audit.record(new AuditChange("deliverable-file", String.valueOf(added.id()), "uploaded", engagement.province(),
				null, added));
		return added;
	}

	@Override
	public List<DeliverableFile> files(long engagementId, long itemId) {
		item(engagementId, itemId);
		return files.of(itemId);
	}

	@Override
	public Optional<DeliverableFile.Content> file(long engagementId, long fileId) {
		return files.content(fileId).filter(c -> store.items(engagementId).stream()
			.anyMatch(i -> i.id() == c.file().workItemId()));
	}

	@Override
	public Optional<WorkPlanProgress> progress(long engagementId, LocalDate today) {
		return plan(engagementId).map(plan -> WorkPlanProgress.of(plan, today));
	}

	private WorkItem audited(PlannedEngagement engagement, WorkItem before, String action) {
		WorkItem after = item(engagement.id(), before.id());
		audit.record(new AuditChange("work-item", String.valueOf(before.id()), action, engagement.province(), before,
				after));
		return after;
	}

	private PlannedEngagement engagement(long engagementId) {
		return store.engagement(engagementId).orElseThrow(() -> new NotInProvinceException("engagementId", engagementId));
	}

	/** An item of this engagement; an id of another engagement's item is refused as if it did not exist. */
	private WorkItem item(long engagementId, long itemId) {
		return store.items(engagementId).stream().filter(i -> i.id() == itemId).findFirst()
			.orElseThrow(() -> new NotInProvinceException("itemId", itemId));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value == null ? "" : value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("workplan.refused.unknownStatus");
		}
	}
}
