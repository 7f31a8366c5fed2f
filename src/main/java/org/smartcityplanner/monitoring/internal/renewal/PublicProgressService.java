package org.smartcityplanner.monitoring.internal.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.monitoring.internal.project.ProjectProgressService;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public progress of a province, built from approved figures only: the KPIs of an approved plan with this
 * fiscal year's target and the latest approved value from {@link KpiStatusSource}, and the action plan's projects
 * with status and percentage. Reporters, notes and milestones are left out (they may name people).
 */
@Service
public class PublicProgressService {

	private final PlanApi plans;
	private final KpiStatusSource kpis;
	private final ProjectProgressService projects;
	private final Clock clock;

	PublicProgressService(PlanApi plans, KpiStatusSource kpis, ProjectProgressService projects, Clock clock) {
		this.plans = plans;
		this.kpis = kpis;
		this.projects = projects;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PublicProgress of(ProvinceCode province, Locale locale) {
		FiscalYear year = FiscalYear.containing(LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok"))));
		var plan = plans.plan(province);
		boolean approved = plan.map(p -> p.header().status() == PlanStatus.APPROVED).orElse(false);
		String title = plan.map(p -> "en".equals(locale.getLanguage()) && !p.header().titleEn().isEmpty()
				? p.header().titleEn() : p.header().title()).orElse("");
		List<PublicProgress.PublicKpi> shownKpis = !approved ? List.of() : kpis.standings(province).stream()
			.map(kpi -> kpi(kpi, year, locale)).toList();
		List<PublicProgress.PublicProject> shownProjects = projects.projects(province).stream()
			.map(p -> new PublicProgress.PublicProject(p.name(), p.dimension(), p.agency(),
					p.status() == null ? null : p.status().name(), p.percentComplete(),
					p.latest() == null ? null : p.latest().report().period().code(),
					p.allocation().total().toBigDecimal(), p.disbursed().toBigDecimal()))
			.toList();
		return new PublicProgress(title, approved, year.buddhistYear(), shownKpis, shownProjects);
	}

	private static PublicProgress.PublicKpi kpi(KpiStanding kpi, FiscalYear year, Locale locale) {
		BigDecimal target = kpi.targets().get(year);
		Integer share = null;
		if (target != null && target.signum() > 0 && kpi.approvedValue() != null) {
			share = kpi.approvedValue().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP)
				.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue();
		}
		String name = "en".equals(locale.getLanguage()) && !kpi.nameEn().isEmpty() ? kpi.nameEn() : kpi.name();
		return new PublicProgress.PublicKpi(name, kpi.dimension(), kpi.unit(), target, kpi.approvedValue(),
				kpi.approvedPeriod(), kpi.state(), share);
	}
}
