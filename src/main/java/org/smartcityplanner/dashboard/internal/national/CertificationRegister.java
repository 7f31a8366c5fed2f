package org.smartcityplanner.dashboard.internal.national;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification register the institute keeps. Every change checks that the area belongs to the province
 * (profile's API), keeps the dates in order, is audited in its own transaction and restages the province in the
 * national read model at once.
 */
@Service
public class CertificationRegister {

	static final int MAX_REFERENCE = 200;
	static final int MAX_NOTES = 2000;

	private final JdbcClient jdbc;
	private final ProfileApi profile;
	private final AuditLog audit;
	private final NationalSync sync;
	private final Today today;

	CertificationRegister(JdbcClient jdbc, ProfileApi profile, AuditLog audit, NationalSync sync, Today today) {
		this.jdbc = jdbc;
		this.profile = profile;
		this.audit = audit;
		this.sync = sync;
		this.today = today;
	}

	/** Every entry, by province and award date. */
	public List<Certification> all() {
		return jdbc.sql("select * from dsh_certification order by province_code, certified_on, id")
			.query((rs, row) -> certification(rs)).list();
	}

	public Optional<Certification> find(long id) {
		return jdbc.sql("select * from dsh_certification where id = ?").param(id)
			.query((rs, row) -> certification(rs)).optional();
	}

	/** Records an area's certification; an area has at most one entry (a renewal edits it). */
	@Transactional
	public Certification create(Certification.Input input) {
		ProvinceCode province = checked(input);
		boolean taken = jdbc.sql("select count(*) from dsh_certification where area_id = ?").param(input.areaId())
			.query(Long.class).single() > 0;
		if (taken) {
			throw new InvalidInputException("national.certification.duplicate");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into dsh_certification (province_code, area_id, certified_on, renewed_on, reference, notes,
				version, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(province.value(), input.areaId(), input.certifiedOn(), input.renewedOn(), input.reference(),
					input.notes(), Utc.now())
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		Certification created = find(id).orElseThrow();
		audit.record(new AuditChange("national-certification", String.valueOf(id), "created", province, null, created));
		sync.refresh(province);
		return created;
	}

	/** Changes an entry (moving it to another area of the same or another province restages both). */
	@Transactional
	public Certification update(long id, Certification.Input input, int version) {
		Certification before = find(id).orElseThrow(() -> new InvalidInputException("national.certification.unknown"));
		ProvinceCode province = checked(input);
		boolean taken = jdbc.sql("select count(*) from dsh_certification where area_id = ? and id <> ?")
			.params(input.areaId(), id).query(Long.class).single() > 0;
		if (taken) {
			throw new InvalidInputException("national.certification.duplicate");
		}
		int updated = jdbc.sql("""
				update dsh_certification set province_code = ?, area_id = ?, certified_on = ?, renewed_on = ?,
				reference = ?, notes = ?, version = version + 1, updated_at = ? where id = ? and version = ?""")
			.params(province.value(), input.areaId(), input.certifiedOn(), input.renewedOn(), input.reference(),
					input.notes(), Utc.now(), id, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Certification " + id + " was changed by someone else");
		}
		Certification after = find(id).orElseThrow();
		audit.record(new AuditChange("national-certification", String.valueOf(id), "updated", province, before, after));
		sync.refresh(province);
		if (!before.province().equals(province)) {
			sync.refresh(before.province());
		}
		return after;
	}

	@Transactional
	public void delete(long id, int version) {
		Certification before = find(id).orElseThrow(() -> new InvalidInputException("national.certification.unknown"));
		int deleted = jdbc.sql("delete from dsh_certification where id = ? and version = ?").params(id, version).update();
		if (deleted == 0) {
			throw new OptimisticLockingFailureException("Certification " + id + " was changed by someone else");
		}
		audit.record(new AuditChange("national-certification", String.valueOf(id), "deleted", before.province(), before,
				null));
		sync.refresh(before.province());
	}

	private ProvinceCode checked(Certification.Input input) {
		if (input.province() == null || !ProvinceCode.isValid(input.province())) {
			throw new InvalidInputException("national.certification.province");
		}
		ProvinceCode province = ProvinceCode.of(input.province());
		if (input.areaId() == null || profile.area(province, input.areaId()).isEmpty()) {
			throw new InvalidInputException("national.certification.areaInvalid");
		}
		LocalDate now = today.date();
		if (input.certifiedOn() == null) {
			throw new InvalidInputException("national.certification.certifiedOnRequired");
		}
		if (input.certifiedOn().isAfter(now)) {
			throw new InvalidInputException("national.certification.inFuture", "national.certification.certifiedOn");
		}
		if (input.renewedOn() != null && input.renewedOn().isAfter(now)) {
			throw new InvalidInputException("national.certification.inFuture", "national.certification.renewedOn");
		}
		if (input.renewedOn() != null && !input.renewedOn().isAfter(input.certifiedOn())) {
			throw new InvalidInputException("national.certification.renewedBeforeCertified");
		}
		if (input.reference().length() > MAX_REFERENCE) {
			throw new InvalidInputException("national.certification.tooLong", "national.certification.reference",
					MAX_REFERENCE);
		}
		if (input.notes().length() > MAX_NOTES) {
			throw new InvalidInputException("national.certification.tooLong", "national.certification.notes", MAX_NOTES);
		}
		return province;
	}

	private static Certification certification(ResultSet rs) throws SQLException {
		return new Certification(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")), rs.getLong("area_id"),
				rs.getObject("certified_on", LocalDate.class), rs.getObject("renewed_on", LocalDate.class),
				rs.getString("reference"), rs.getString("notes"), rs.getInt("version"));
	}
}
