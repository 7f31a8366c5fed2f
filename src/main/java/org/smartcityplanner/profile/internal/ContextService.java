package org.smartcityplanner.profile.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.ProvinceContext;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's context text, one versioned row per province.
 */
@Service
class ContextService {

	private final ProvinceContextRepository contexts;
	private final IdentityApi identity;
	private final AuditLog audit;

	ContextService(ProvinceContextRepository contexts, IdentityApi identity, AuditLog audit) {
		this.contexts = contexts;
		this.identity = identity;
		this.audit = audit;
	}

	ProvinceContext contextOf(ProvinceCode province) {
		return contexts.findByProvinceCode(province.value()).map(ContextService::view)
			.orElseGet(() -> ProvinceContext.empty(province));
	}

	@Transactional
	ProvinceContext save(ProvinceCode province, Integer expectedVersion, ContextParts parts) {
		if (tooLong(parts)) {
			throw new IllegalArgumentException("A context part is longer than " + ContextParts.MAX_CHARS);
		}
		Optional<ProvinceContextRecord> existing = contexts.findByProvinceCode(province.value());
		if (existing.isPresent() != (expectedVersion != null)) {
			// saved first by someone else while this user edited the empty context (or the reverse, which
			// only a forged form can cause)
			throw Conflicts.createdMeanwhile("Province context of " + province);
		}
		ProvinceContextRecord record = existing.orElseGet(ProvinceContextRecord::new);
		ContextParts before = existing.map(r -> view(r).parts()).orElse(null);
		record.provinceCode = province.value();
		record.economy = parts.economy();
		record.society = parts.society();
		record.environment = parts.environment();
		record.infrastructure = parts.infrastructure();
		record.digitalReadiness = parts.digitalReadiness();
		record.updatedBy = identity.actorName();
		record.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		record.version = expectedVersion;
		ProvinceContextRecord saved;
		try {
			saved = contexts.save(record);
		}
		catch (OptimisticLockingFailureException e) {
			throw e;
		}
		catch (RuntimeException e) {
			if (Conflicts.isDuplicateKey(e)) {
				throw Conflicts.createdMeanwhile("Province context of " + province);
			}
			throw e;
		}
		audit.record(new AuditChange("province-context", province.value(), before == null ? "created" : "updated",
				province, before, parts));
		return view(saved);
	}

	private static boolean tooLong(ContextParts parts) {
		return java.util.stream.Stream.of(parts.economy(), parts.society(), parts.environment(),
				parts.infrastructure(), parts.digitalReadiness()).anyMatch(text -> text.length() > ContextParts.MAX_CHARS);
	}

	private static ProvinceContext view(ProvinceContextRecord r) {
		return new ProvinceContext(new ProvinceCode(r.provinceCode),
				new ContextParts(r.economy, r.society, r.environment, r.infrastructure, r.digitalReadiness), r.version,
				r.updatedBy, r.updatedAt);
	}
}
