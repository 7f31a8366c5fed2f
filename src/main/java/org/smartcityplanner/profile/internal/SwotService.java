package org.smartcityplanner.profile.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.profile.Swot;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.domain.SwotRules;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SWOT analyses of provinces and target areas.
 */
@Service
class SwotService {

	private final SwotRepository swots;
	private final ProfileOwnership owned;
	private final IdentityApi identity;
	private final AuditLog audit;

	SwotService(SwotRepository swots, ProfileOwnership owned, IdentityApi identity, AuditLog audit) {
		this.swots = swots;
		this.owned = owned;
		this.identity = identity;
		this.audit = audit;
	}

	Swot swotOf(ProvinceCode province, Long areaId) {
		checkArea(province, areaId);
		return swots.findByProvinceCodeAndSubject(province.value(), SwotRecord.subjectOf(areaId))
			.map(SwotService::view).orElseGet(() -> Swot.empty(province, areaId));
	}

	@Transactional
	Swot save(ProvinceCode province, Long areaId, Integer expectedVersion, SwotLists lists) {
		checkArea(province, areaId);
		for (List<String> list : List.of(lists.strengths(), lists.weaknesses(), lists.opportunities(),
				lists.threats())) {
			if (SwotRules.problemOf(list) != null) {
				throw new IllegalArgumentException("SWOT list with too many or too long items");
			}
		}
		String subject = SwotRecord.subjectOf(areaId);
		Optional<SwotRecord> existing = swots.findByProvinceCodeAndSubject(province.value(), subject);
		if (existing.isPresent() != (expectedVersion != null)) {
			throw Conflicts.createdMeanwhile("SWOT " + subject + " of " + province);
		}
		SwotRecord record = existing.orElseGet(SwotRecord::new);
		SwotLists before = existing.map(SwotRecord::lists).orElse(null);
		record.provinceCode = province.value();
		record.subject = subject;
		record.areaId = areaId;
		record.lists(lists);
		record.updatedBy = identity.actorName();
		record.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		record.version = expectedVersion;
		SwotRecord saved;
		try {
			saved = swots.save(record);
		}
		catch (OptimisticLockingFailureException e) {
			throw e;
		}
		catch (RuntimeException e) {
			if (Conflicts.isDuplicateKey(e)) {
				throw Conflicts.createdMeanwhile("SWOT " + subject + " of " + province);
			}
			throw e;
		}
		audit.record(new AuditChange("swot", province.value() + "/" + subject, before == null ? "created" : "updated",
				province, before, lists));
		return view(saved);
	}

	private void checkArea(ProvinceCode province, Long areaId) {
		owned.areaIfGiven(province, areaId, "areaId");
	}

	private static Swot view(SwotRecord r) {
		return new Swot(new ProvinceCode(r.provinceCode), r.areaId, r.lists(), r.version, r.updatedBy, r.updatedAt);
	}
}
