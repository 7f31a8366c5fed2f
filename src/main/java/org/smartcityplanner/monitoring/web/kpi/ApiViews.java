package org.smartcityplanner.monitoring.web.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.smartcityplanner.monitoring.KpiStatus;
import org.smartcityplanner.monitoring.domain.kpi.PeriodState;
import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;
import org.smartcityplanner.monitoring.internal.kpi.DueUpdate;
import org.smartcityplanner.monitoring.internal.kpi.KpiValue;
import org.smartcityplanner.monitoring.internal.kpi.ReviewRow;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the follow-up API answers: plain records, years in the Buddhist Era. */
final class ApiViews {

	private ApiViews() {
	}

	@Schema(description = "A quarterly reporting period; fiscalYear is B.E., quarter 1 = October–December")
	record Period(long id, int fiscalYear, int quarter, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
			PeriodState state, int version) {

		static Period of(ReportingPeriod p) {
			return new Period(p.id(), p.quarter().year().buddhistYear(), p.quarter().number(), p.quarter().start(),
					p.quarter().end(), p.dueOn(), p.state(), p.version());
		}
	}

	@Schema(description = "A reported KPI value")
	record Value(long id, long periodId, String kpiId, BigDecimal actual, String source, String note,
			ValueStatus status, String returnReason, Instant submittedAt, Instant decidedAt, int version) {

		static Value of(KpiValue v) {
			return v == null ? null : new Value(v.id(), v.periodId(), v.kpiId(), v.actual(), v.source(), v.note(),
					v.status(), v.returnReason(), v.submittedAt(), v.decidedAt(), v.version());
		}
	}

	@Schema(description = "A KPI the caller owns in an open period, with what was reported so far (value may be null)")
	record Due(long periodId, String kpiId, String kpiName, String unit, BigDecimal target, Value value) {

		static Due of(DueUpdate d) {
			return new Due(d.period().id(), d.kpi().id(), d.kpi().name(), d.kpi().unit(), d.target(),
					Value.of(d.value()));
		}
	}

	@Schema(description = "One KPI of a period as the coordinator reviews it; owner fields are null without owner")
	record Review(String kpiId, String kpiName, String agency, Long ownerUserId, BigDecimal target, Value value,
			KpiStatus status, boolean notReported) {

		static Review of(ReviewRow r) {
			return new Review(r.kpi().id(), r.kpi().name(), r.owner() == null ? null : r.owner().agency(),
					r.owner() == null ? null : r.owner().userId(), r.target(), Value.of(r.value()), r.status(),
					r.notReported());
		}
	}

	@Schema(description = "The version the caller saw")
	record VersionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	@Schema(description = "Why a value is returned")
	record ReturnBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String reason) {
	}

	@Schema(description = "A value the owner reports; value as text so the unit check can name what is wrong")
	record SubmitBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long periodId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kpiId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "72.5") String value,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String source,
			@Schema(description = "required when the value is not on track", maxLength = 2000) String note) {
	}

	@Schema(description = "Names a KPI's owner")
	record OwnerBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String agency,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long userId,
			@Schema(description = "the owner's version; null when the KPI has none yet") Integer version) {
	}

	@Schema(description = "Status thresholds in percent of the year's target")
	record ThresholdsBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer onTrack,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer atRisk) {
	}
}
