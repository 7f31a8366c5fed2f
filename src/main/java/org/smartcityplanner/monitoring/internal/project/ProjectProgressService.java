package org.smartcityplanner.monitoring.internal.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionPlanApi;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.monitoring.domain.project.Allocation;
import org.smartcityplanner.monitoring.domain.project.Milestone;
import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProgressReport;
import org.smartcityplanner.monitoring.domain.project.ProgressRules;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of the projects of a province's action plan: the projects with their allocation and latest report, a
 * project's history, and submitting a report (checked against the allocation, kept with who sent it, audited).
 * Projects that left the action plan keep their reports but are no longer listed.
 */
@Service
public class ProjectProgressService {

	private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	private final ActionPlanApi actionPlans;
	private final ProjectReportStore reports;
	private final IdentityApi identity;
	private final AuditLog audit;
	private final Clock clock;

	ProjectProgressService(ActionPlanApi actionPlans, ProjectReportStore reports, IdentityApi identity, AuditLog audit,
			Clock clock) {
		this.actionPlans = actionPlans;
		this.reports = reports;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** The projects of the action plan in plan order, each with its latest report. */
	@Transactional(readOnly = true)
	public List<ProjectProgress> projects(ProvinceCode province) {
		Map<String, List<ActionItem>> itemsByProject = actionPlans.actionItems(province).stream()
			.collect(Collectors.groupingBy(ActionItem::projectId, LinkedHashMap::new, Collectors.toList()));
		if (itemsByProject.isEmpty()) {
			return List.of();
		}
		Map<String, StoredReport> latest = reports.latest(province);
		List<ProjectProgress> projects = new ArrayList<>();
		for (CandidateProject project : actionPlans.projects(province)) {
			List<ActionItem> items = itemsByProject.get(project.id());
			if (items != null) {
				projects.add(progress(project, items, latest.get(project.id())));
			}
		}
		return projects;
	}

	/** One project of the action plan, if the province's action plan has it. */
	@Transactional(readOnly = true)
	public Optional<ProjectProgress> project(ProvinceCode province, String projectId) {
		List<ActionItem> items = actionPlans.actionItems(province).stream()
			.filter(item -> item.projectId().equals(projectId)).toList();
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return actionPlans.project(province, projectId).map(project -> progress(project, items,
				reports.history(province, projectId).stream().findFirst().orElse(null)));
	}

	/** Every report of a project, newest first. */
	@Transactional(readOnly = true)
	public List<StoredReport> history(ProvinceCode province, String projectId) {
		return reports.history(province, projectId);
	}

	/**
	 * Keeps a progress report after checking it against the project's allocation.
	 *
	 * @return the stored report's id
	 * @throws InvalidInputException {@code monitoring.project.unknown} for a project outside the province's action
	 *         plan, or a broken rule (see {@link ProgressRules})
	 */
	@Transactional
	public long submit(ProvinceCode province, ReportInput input) {
		ProjectProgress project = project(province, input.projectId())
			.orElseThrow(() -> new InvalidInputException("monitoring.project.unknown", String.valueOf(input.projectId())));
		List<Milestone> milestones = new ArrayList<>();
		for (Integer done : input.milestonesDone()) {
			if (done == null || done < 0 || done >= project.milestones().size()) {
				throw new InvalidInputException("monitoring.project.milestone.unknown", String.valueOf(done));
			}
		}
		for (int i = 0; i < project.milestones().size(); i++) {
			milestones.add(new Milestone(project.milestones().get(i), input.milestonesDone().contains(i)));
		}
		for (MoneyLine line : input.money()) {
			if (!project.allocation().amounts().getOrDefault(line.year(), Map.of()).containsKey(line.source())) {
				throw new InvalidInputException("monitoring.project.money.notAllocated", line.year() + " " + line.source());
			}
		}
		ProgressReport report = new ProgressReport(input.projectId(), input.period(), input.status(),
				input.percentComplete(), milestones,
				input.money().stream().sorted(Comparator.comparing(MoneyLine::year).thenComparing(MoneyLine::source))
					.toList(),
				input.note());
		ProgressRules.check(report, project.allocation(), LocalDate.now(clock.withZone(THAILAND)));
		long id = reports.insert(province, report, identity.actorName(), clock.instant());
		audit.record(new AuditChange("monitoring-project-report", String.valueOf(id), "submitted", province, null,
				report));
		return id;
	}

	private static ProjectProgress progress(CandidateProject project, List<ActionItem> items, StoredReport latest) {
		Map<FiscalYear, Map<String, Baht>> amounts = new TreeMap<>();
		List<String> milestones = new ArrayList<>();
		List<ActionItem> byYear = items.stream().sorted(Comparator.comparing(ActionItem::year)).toList();
		for (ActionItem item : byYear) {
			amounts.computeIfAbsent(item.year(), year -> new LinkedHashMap<>()).putAll(item.funding());
			for (int q = 0; q < item.milestones().size(); q++) {
				String text = item.milestones().get(q);
				if (text != null && !text.isBlank()) {
					milestones.add(item.year() + "-Q" + (q + 1) + ": " + text.strip());
				}
			}
		}
		String agency = byYear.get(byYear.size() - 1).agency();
		return new ProjectProgress(project.id(), project.name(), project.dimension(),
				agency == null || agency.isBlank() ? project.leadAgency() : agency, new Allocation(amounts), milestones,
				latest);
	}

}
