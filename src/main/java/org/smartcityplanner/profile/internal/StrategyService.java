package org.smartcityplanner.profile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.StrategyImport;
import org.smartcityplanner.profile.domain.StrategyRules;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategies of a province's own development plan.
 */
@Service
class StrategyService {

	private final StrategyRepository strategies;
	private final ProfileOwnership owned;
	private final AuditLog audit;

	StrategyService(StrategyRepository strategies, ProfileOwnership owned, AuditLog audit) {
		this.strategies = strategies;
		this.owned = owned;
		this.audit = audit;
	}

	List<ProvincialStrategy> strategiesOf(ProvinceCode province) {
		return strategies.findByProvinceCodeOrderById(province.value()).stream().map(StrategyService::view).toList();
	}

	Optional<ProvincialStrategy> strategy(ProvinceCode province, long id) {
		return strategies.findByIdAndProvinceCode(id, province.value()).map(StrategyService::view);
	}

	Optional<ProvincialStrategy> byCode(ProvinceCode province, String code) {
		return code == null ? Optional.empty()
				: strategies.findByProvinceCodeAndCodeKey(province.value(), code.strip().toLowerCase(Locale.ROOT))
					.map(StrategyService::view);
	}

	@Transactional
	ProvincialStrategy add(ProvinceCode province, StrategyDraft draft) {
		StrategyRecord record = new StrategyRecord();
		record.provinceCode = province.value();
		apply(province, record, draft, null);
		ProvincialStrategy saved = view(strategies.save(record));
		audit.record(new AuditChange("provincial-strategy", String.valueOf(saved.id()), "created", province, null,
				Snapshot.of(saved)));
		return saved;
	}

	@Transactional
	ProvincialStrategy update(ProvinceCode province, long id, int expectedVersion, StrategyDraft draft) {
		StrategyRecord record = owned.strategy(province, id);
		Snapshot before = Snapshot.of(view(record));
		apply(province, record, draft, id);
		record.version = expectedVersion;
		ProvincialStrategy saved = view(strategies.save(record));
		audit.record(new AuditChange("provincial-strategy", String.valueOf(id), "updated", province, before,
				Snapshot.of(saved)));
		return saved;
	}

	/** @throws org.smartcityplanner.shared.NotInProvinceException when there is no such strategy here */
	@Transactional
	void delete(ProvinceCode province, long id) {
		StrategyRecord record = owned.strategy(province, id);
		strategies.delete(record);
		audit.record(new AuditChange("provincial-strategy", String.valueOf(id), "deleted", province,
				Snapshot.of(view(record)), null));
	}

	@Transactional
	StrategyImport importLines(ProvinceCode province, String pasted, String planYears) {
		Optional<String> years = StrategyRules.normalisePlanYears(planYears);
		if (years.isEmpty()) {
			return new StrategyImport(List.of(), List.of(new StrategyImport.Problem(0,
					"profile.strategies.planYears.invalid", List.of())));
		}
		Set<String> existing = strategies.findByProvinceCodeOrderById(province.value()).stream()
			.map(record -> record.code).collect(Collectors.toSet());
		StrategyRules.Parsed parsed = StrategyRules.parse(pasted, years.get(), existing);
		if (!parsed.problems().isEmpty()) {
			return new StrategyImport(List.of(), parsed.problems());
		}
		List<ProvincialStrategy> saved = new ArrayList<>();
		for (StrategyDraft draft : parsed.drafts()) {
			saved.add(add(province, draft));
		}
		return new StrategyImport(saved, List.of());
	}

	private void apply(ProvinceCode province, StrategyRecord record, StrategyDraft draft, Long ownId) {
		String code = draft.code() == null ? "" : draft.code().strip();
		if (!StrategyRules.isValidCode(code)) {
			throw new IllegalArgumentException("Malformed strategy code " + code);
		}
		strategies.findByProvinceCodeAndCodeKey(province.value(), code.toLowerCase(Locale.ROOT))
			.filter(other -> !other.id.equals(ownId)).ifPresent(other -> {
				throw new IllegalArgumentException("Strategy code " + code + " already used in " + province);
			});
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty() || title.length() > StrategyRules.MAX_TITLE) {
			throw new IllegalArgumentException("Strategy title missing or too long");
		}
		String description = draft.description() == null ? "" : draft.description().strip();
		if (description.length() > StrategyRules.MAX_DESCRIPTION) {
			throw new IllegalArgumentException("Strategy description too long");
		}
		record.code(code);
		record.title = title;
		record.description = description.isEmpty() ? null : description;
		record.planYears = StrategyRules.normalisePlanYears(draft.planYears())
			.orElseThrow(() -> new IllegalArgumentException("Plan years not like 2566–2570: " + draft.planYears()));
	}

	private static ProvincialStrategy view(StrategyRecord r) {
		return new ProvincialStrategy(r.id, new ProvinceCode(r.provinceCode), r.code, r.title, r.description,
				r.planYears, r.version);
	}

	/** The audited fields of a strategy. */
	record Snapshot(String code, String title, String description, String planYears) {

		static Snapshot of(ProvincialStrategy s) {
			return new Snapshot(s.code(), s.title(), s.description(), s.planYears());
		}
	}
}
