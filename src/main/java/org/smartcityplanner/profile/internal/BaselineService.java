package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineProblem;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.domain.BaselineRules;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines of a province's indicators, one at a time. Imports go through {@link BaselineImportService}, which
 * saves with {@link #save} so both paths apply the same rules.
 */
@Service
class BaselineService {

	static final String AUDIT_TYPE = "indicator-baseline";

	private final BaselineRepository baselines;
	private final ProfileOwnership owned;
	private final ReferenceApi reference;
	private final IdentityApi identity;
	private final AuditLog audit;

	BaselineService(BaselineRepository baselines, ProfileOwnership owned, ReferenceApi reference,
			IdentityApi identity, AuditLog audit) {
		this.baselines = baselines;
		this.owned = owned;
		this.reference = reference;
		this.identity = identity;
		this.audit = audit;
	}

	List<IndicatorBaseline> baselinesOf(ProvinceCode province) {
		return baselines.findAllOfProvince(province.value()).stream()
			.map(BaselineService::view).toList();
	}

	Optional<IndicatorBaseline> baseline(ProvinceCode province, long id) {
		return baselines.findByIdAndProvinceCode(id, province.value()).map(BaselineService::view);
	}

	Optional<IndicatorBaseline> latest(ProvinceCode province, Long areaId, String indicatorCode) {
		return indicatorCode == null ? Optional.empty()
				: baselines.findFirstByProvinceCodeAndSubjectAndIndicatorCodeOrderByYearBeDesc(province.value(),
						SwotRecord.subjectOf(areaId), indicatorCode.strip().toUpperCase(java.util.Locale.ROOT))
					.map(BaselineService::view);
	}

	/**
	 * Everything wrong with the draft, including an indicator, area and year that another baseline of the
	 * province already has; empty when it may be saved.
	 *
	 * @param ownId the baseline being changed, {@code null} for a new one
	 */
	List<BaselineProblem> check(ProvinceCode province, Long ownId, BaselineDraft draft) {
		List<BaselineProblem> problems = problemsBesidesTaken(province, draft);
		if (problems.isEmpty() && find(province, draft).filter(other -> !other.id.equals(ownId)).isPresent()) {
			problems.add(BaselineProblem.of("year", "baselines.duplicate", draft.year()));
		}
		return problems;
	}

	/** What is wrong with the draft itself: its fields, an unknown indicator, an area of another province. */
	List<BaselineProblem> problemsBesidesTaken(ProvinceCode province, BaselineDraft draft) {
		List<BaselineProblem> problems = new ArrayList<>(BaselineRules.problemsOf(draft));
		boolean codeGiven = draft.indicatorCode() != null && !draft.indicatorCode().isBlank();
		if (codeGiven && reference.indicator(code(draft)).isEmpty()) {
			problems.add(BaselineProblem.of("indicatorCode", "baselines.indicator.unknown", draft.indicatorCode()));
		}
		// a problem of the field rather than a 404: forms and import rows show it next to the value
		if (draft.areaId() != null && !owned.hasArea(province, draft.areaId())) {
			problems.add(BaselineProblem.of("area", "baselines.area.notInProvince", draft.areaId()));
		}
		return problems;
	}

	@Transactional
	IndicatorBaseline add(ProvinceCode province, BaselineDraft draft) {
		refuseProblems(check(province, null, draft));
		BaselineRecord record = new BaselineRecord();
		record.provinceCode = province.value();
		IndicatorBaseline saved = save(record, draft);
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(saved.id()), "created", province, null,
				Snapshot.of(saved)));
		return saved;
	}

	@Transactional
	IndicatorBaseline update(ProvinceCode province, long id, int expectedVersion, BaselineDraft draft) {
		BaselineRecord record = owned.baseline(province, id);
		refuseProblems(check(province, id, draft));
		Snapshot before = Snapshot.of(view(record));
		record.version = expectedVersion;
		IndicatorBaseline saved = save(record, draft);
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(id), "updated", province, before, Snapshot.of(saved)));
		return saved;
	}

	/** @throws org.smartcityplanner.shared.NotInProvinceException when there is no such baseline here */
	@Transactional
	void delete(ProvinceCode province, long id) {
		BaselineRecord record = owned.baseline(province, id);
		baselines.delete(record);
		audit.record(new AuditChange(AUDIT_TYPE, String.valueOf(id), "deleted", province, Snapshot.of(view(record)),
				null));
	}

	/** The saved baseline with the draft's indicator, area and year. */
	Optional<BaselineRecord> find(ProvinceCode province, BaselineDraft draft) {
		return baselines.findByProvinceCodeAndSubjectAndIndicatorCodeAndYearBe(province.value(),
				SwotRecord.subjectOf(draft.areaId()), code(draft), draft.year());
	}

	/** Writes a checked draft into the record and saves it; no audit (the caller records what it did). */
	IndicatorBaseline save(BaselineRecord record, BaselineDraft draft) {
		record.indicatorCode = code(draft);
		record.area(draft.areaId());
		record.yearBe = draft.year();
		record.baselineValue = BaselineRules.plain(draft.value());
		record.source = draft.source().strip();
		record.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
		record.updatedBy = identity.actorName();
		record.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		try {
			return view(baselines.save(record));
		}
		catch (OptimisticLockingFailureException e) {
			throw e;
		}
		catch (RuntimeException e) {
			if (Conflicts.isDuplicateKey(e)) {
				// saved by someone else between the check and this insert
				throw new InvalidInputException("baselines.duplicate", String.valueOf(draft.year()));
			}
			throw e;
		}
	}

	private static void refuseProblems(List<BaselineProblem> problems) {
		if (!problems.isEmpty()) {
			BaselineProblem first = problems.get(0);
			throw new InvalidInputException(first.messageKey(), first.args().toArray());
		}
	}

	private static String code(BaselineDraft draft) {
		return draft.indicatorCode().strip().toUpperCase(java.util.Locale.ROOT);
	}

	static IndicatorBaseline view(BaselineRecord r) {
		return new IndicatorBaseline(r.id, new ProvinceCode(r.provinceCode), r.areaId, r.indicatorCode, r.yearBe,
				BaselineRules.plain(r.baselineValue), r.source, r.note, r.version, r.updatedBy, r.updatedAt);
	}

	/** The audited fields of a baseline. */
	record Snapshot(String indicatorCode, Long areaId, int year, BigDecimal value, String source, String note) {

		static Snapshot of(IndicatorBaseline b) {
			return new Snapshot(b.indicatorCode(), b.areaId(), b.year(), b.value(), b.source(), b.note());
		}
	}
}
