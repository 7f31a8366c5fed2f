package org.smartcityplanner.profile.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineImportPreview;
import org.smartcityplanner.profile.BaselineImportResult;
import org.smartcityplanner.profile.BaselineImportRow;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.domain.BaselineImportCheck;
import org.smartcityplanner.profile.domain.BaselineImportCheck.Key;
import org.smartcityplanner.profile.domain.SheetRow;
import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baseline files: checked into a preview that is kept, not saved, and then saved on the uploader's confirmation,
 * all rows or only the valid ones, in one transaction and at most once.
 */
@Service
class BaselineImportService {

	static final Duration LIFETIME = Duration.ofHours(24);
	static final String AUDIT_TYPE = "indicator-baseline-import";

	private final BaselineService baselines;
	private final BaselineImportStore store;
	private final TargetAreaRepository areas;
	private final ReferenceApi reference;
	private final IdentityApi identity;
	private final AuditLog audit;

	BaselineImportService(BaselineService baselines, BaselineImportStore store, TargetAreaRepository areas,
			ReferenceApi reference, IdentityApi identity, AuditLog audit) {
		this.baselines = baselines;
		this.store = store;
		this.areas = areas;
		this.reference = reference;
		this.identity = identity;
		this.audit = audit;
	}

	@Transactional
	BaselineImportPreview preview(ProvinceCode province, String fileName, byte[] content) {
		List<SheetRow> sheet = BaselineFileReader.read(fileName, content);
		List<BaselineImportRow> rows = checker(province).check(sheet);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		store.deleteExpired(now);
		BaselineImportPreview preview = new BaselineImportPreview(UUID.randomUUID().toString(), province,
				displayName(fileName), identity.actorName(), now, now.plus(LIFETIME), rows, null);
		store.insert(preview);
		return preview;
	}

	Optional<BaselineImportPreview> find(ProvinceCode province, String id) {
		return store.find(province, id, identity.actorName());
	}

	@Transactional
	BaselineImportResult confirm(ProvinceCode province, String id, boolean validRowsOnly) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		BaselineImportPreview preview = find(province, id)
			.orElseThrow(() -> new NoSuchElementException("No baseline import " + id + " in " + province));
		if (preview.confirmed()) {
			return preview.confirmation();
		}
		if (preview.hasErrors() && !validRowsOnly) {
			throw new InvalidInputException("baselines.import.hasErrors", preview.errorCount());
		}
		if (preview.validCount() == 0) {
			throw new InvalidInputException("baselines.import.nothingValid");
		}
		if (!store.claim(id, identity.actorName(), now)) {
			return find(province, id).filter(BaselineImportPreview::confirmed).map(BaselineImportPreview::confirmation)
				.orElseThrow(() -> new NoSuchElementException("Baseline import " + id + " expired"));
		}
		List<BaselineService.Snapshot> replaced = new ArrayList<>();
		List<BaselineService.Snapshot> saved = new ArrayList<>();
		int inserted = 0;
		for (BaselineImportRow row : preview.rows()) {
			if (!row.saveable()) {
				continue;
			}
			BaselineDraft draft = row.draft();
			if (!baselines.problemsBesidesTaken(province, draft).isEmpty()) {
				// an area or indicator went away since the preview: the user must look at the file again
				throw new InvalidInputException("baselines.import.changedMeanwhile", String.valueOf(row.row()));
			}
			Optional<BaselineRecord> existing = baselines.find(province, draft);
			existing.ifPresent(record -> replaced.add(BaselineService.Snapshot.of(BaselineService.view(record))));
			if (existing.isEmpty()) {
				inserted++;
			}
			BaselineRecord record = existing.orElseGet(() -> {
				BaselineRecord created = new BaselineRecord();
				created.provinceCode = province.value();
				return created;
			});
			saved.add(BaselineService.Snapshot.of(baselines.save(record, draft)));
		}
		BaselineImportResult result = new BaselineImportResult(inserted, saved.size() - inserted,
				(int) preview.errorCount(), false);
		store.recordResult(id, result);
		audit.record(new AuditChange(AUDIT_TYPE, id, "imported", province, replaced.isEmpty() ? null : replaced,
				new Summary(preview.fileName(), result.inserted(), result.updated(), result.skipped(), saved)));
		return result;
	}

	private BaselineImportCheck checker(ProvinceCode province) {
		Set<String> codes = reference.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
		List<BaselineImportCheck.Area> areaList = areas.findByProvinceCodeOrderByNameTh(province.value()).stream()
			.map(area -> new BaselineImportCheck.Area(area.id, area.nameTh, area.nameEn)).toList();
		Map<Key, BaselineImportCheck.Saved> saved = new HashMap<>();
		for (IndicatorBaseline b : baselines.baselinesOf(province)) {
			saved.put(new Key(b.indicatorCode(), b.areaId(), b.year()),
					new BaselineImportCheck.Saved(b.value(), b.source()));
		}
		return new BaselineImportCheck(codes, areaList, saved);
	}

	/** The file's own name without any path a browser may send, shortened to fit the column. */
	private static String displayName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.length() > 255 ? name.substring(0, 255) : name;
	}

	/** What the audit log keeps of a confirmed import: the file, the counts and every baseline saved. */
	record Summary(String fileName, int inserted, int updated, int skipped, List<BaselineService.Snapshot> saved) {
	}
}
