package org.smartcityplanner.dashboard.internal.national;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.dashboard.domain.ProgrammeTarget;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's targets, admin-editable reference data: the founding document's figures and later public
 * statements, each with its source and a "to confirm" flag. Every change is audited.
 */
@Service
public class ProgrammeTargets {

	/** Most areas a target may name: more than the country's districts would be a typing mistake. */
	static final int MAX_AREAS = 1000;
	static final int MAX_SOURCE = 500;
	private static final int PROVINCES = 77;
	private static final int FIRST_YEAR = 2561;
	private static final int LAST_YEAR = 2600;

	/**
	 * A target as a form or an API call sets it.
	 *
	 * @param year the B.E. fiscal year it is due by (2561–2600)
	 * @param areas certified areas aimed for (1–1,000)
	 * @param provinces provinces they should lie in (1–77), or {@code null} when the target does not say
	 * @param source where the figure comes from (required, up to 500 characters)
	 * @param toConfirm whether the figure still has to be confirmed
	 */
	public record Input(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2570") Integer year,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "105") Integer areas, Integer provinces,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String source, boolean toConfirm) {

		public Input {
			source = source == null ? "" : source.strip();
		}
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;

	ProgrammeTargets(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every target, by year. */
	public List<ProgrammeTarget> all() {
		return jdbc.sql("select * from dsh_programme_target order by year_be").query((rs, row) -> target(rs)).list();
	}

	public Optional<ProgrammeTarget> find(int year) {
		return jdbc.sql("select * from dsh_programme_target where year_be = ?").param(year)
			.query((rs, row) -> target(rs)).optional();
	}

	@Transactional
	public ProgrammeTarget create(Input input) {
		checked(input);
		if (find(input.year()).isPresent()) {
			throw new InvalidInputException("national.target.duplicate", input.year());
		}
		jdbc.sql("""
				insert into dsh_programme_target (year_be, areas, provinces, source, to_confirm, version)
				values (?, ?, ?, ?, ?, 0)""")
			.params(input.year(), input.areas(), input.provinces(), input.source(), input.toConfirm()).update();
		ProgrammeTarget created = find(input.year()).orElseThrow();
		audit.record(new AuditChange("programme-target", String.valueOf(input.year()), "created", null, null, created));
		return created;
	}

	/** Changes a target's figures, source or flag; its year stays (a new year is a new target). */
	@Transactional
	public ProgrammeTarget update(int year, Input input, int version) {
		ProgrammeTarget before = find(year).orElseThrow(() -> new InvalidInputException("national.target.unknown"));
		checked(new Input(year, input.areas(), input.provinces(), input.source(), input.toConfirm()));
		int updated = jdbc.sql("""
				update dsh_programme_target set areas = ?, provinces = ?, source = ?, to_confirm = ?, version = version + 1
				where year_be = ? and version = ?""")
			.params(input.areas(), input.provinces(), input.source(), input.toConfirm(), year, version).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Programme target " + year + " was changed by someone else");
		}
		ProgrammeTarget after = find(year).orElseThrow();
		audit.record(new AuditChange("programme-target", String.valueOf(year), "updated", null, before, after));
		return after;
	}

	private static void checked(Input input) {
		if (input.year() == null || input.year() < FIRST_YEAR || input.year() > LAST_YEAR) {
			throw new InvalidInputException("national.target.year", FIRST_YEAR, LAST_YEAR);
		}
		if (input.areas() == null || input.areas() < 1 || input.areas() > MAX_AREAS) {
			throw new InvalidInputException("national.target.areas", MAX_AREAS);
		}
		if (input.provinces() != null && (input.provinces() < 1 || input.provinces() > PROVINCES)) {
			throw new InvalidInputException("national.target.provinces", PROVINCES);
		}
		if (input.source().isEmpty() || input.source().length() > MAX_SOURCE) {
			throw new InvalidInputException("national.target.source", MAX_SOURCE);
		}
	}

	private static ProgrammeTarget target(ResultSet rs) throws SQLException {
		return new ProgrammeTarget(new FiscalYear(rs.getInt("year_be")), rs.getInt("areas"),
				rs.getObject("provinces", Integer.class), rs.getString("source"), rs.getBoolean("to_confirm"),
				rs.getInt("version"));
	}
}
