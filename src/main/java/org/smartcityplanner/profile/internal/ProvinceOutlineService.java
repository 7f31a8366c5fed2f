package org.smartcityplanner.profile.internal;

import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.InvalidBoundaryException;
import org.smartcityplanner.profile.ProvinceOutline;
import org.smartcityplanner.profile.domain.BoundaryValidator;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province outline: checked like a target-area boundary (valid, inside Thailand, plausible size), one per
 * province, replaced as a whole. The audit log keeps its size and number of points, not the geometry.
 */
@Service
class ProvinceOutlineService {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final BoundaryValidator validator = new BoundaryValidator();

	ProvinceOutlineService(JdbcClient jdbc, AuditLog audit, IdentityApi identity) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.identity = identity;
	}

	@Transactional(readOnly = true)
	Optional<ProvinceOutline> outlineOf(ProvinceCode province) {
		return jdbc.sql("select geojson, vertices, area_sq_km, updated_at, updated_by from prf_province_outline"
				+ " where province_code = ?")
			.param(province.value())
			.query((rs, row) -> new ProvinceOutline(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.optional();
	}

	@Transactional
	ProvinceOutline replace(ProvinceCode province, String geoJson) {
		BoundaryCheck check = validator.check(geoJson);
		if (!check.isValid()) {
			throw new InvalidBoundaryException(check);
		}
		Optional<ProvinceOutline> before = outlineOf(province);
		jdbc.sql("delete from prf_province_outline where province_code = ?").param(province.value()).update();
		jdbc.sql("""
				insert into prf_province_outline (province_code, geojson, vertices, area_sq_km, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(province.value(), check.geoJson(), check.vertices(), check.areaSqKm(), Utc.now(),
					identity.actorName())
			.update();
		ProvinceOutline after = outlineOf(province).orElseThrow();
		audit.record(new AuditChange("province-outline", province.value(), before.isPresent() ? "updated" : "created",
				province, before.map(Snapshot::of).orElse(null), Snapshot.of(after)));
		return after;
	}

	@Transactional
	void remove(ProvinceCode province) {
		outlineOf(province).ifPresent(before -> {
			jdbc.sql("delete from prf_province_outline where province_code = ?").param(province.value()).update();
			audit.record(new AuditChange("province-outline", province.value(), "deleted", province,
					Snapshot.of(before), null));
		});
	}

	/** What the audit log keeps of an outline. */
	record Snapshot(int points, java.math.BigDecimal areaSqKm) {

		static Snapshot of(ProvinceOutline outline) {
			return new Snapshot(outline.vertices(), outline.areaSqKm());
		}
	}
}
