package org.smartcityplanner.participation.internal.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The process of each province (one row) and its four phases. */
@Repository
class ProcessStore {

	private final JdbcClient jdbc;

	ProcessStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(long id, int version, List<Phase> phases) {
	}

	Optional<Stored> find(ProvinceCode province) {
		return jdbc.sql("select id, lock_version from par_process where province_code = ?").param(province.value())
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getInt(2), phases(rs.getLong(1)))).optional();
	}

	/**
	 * Saves the phases over the version the editor saw (0 for a province without a process yet).
	 *
	 * @throws OptimisticLockingFailureException when someone saved meanwhile
	 */
	void save(ProvinceCode province, int seenVersion, List<Phase> phases, String actor, Instant now) {
		Optional<Stored> existing = find(province);
		long id;
		if (existing.isEmpty()) {
			if (seenVersion != 0) {
				throw new OptimisticLockingFailureException("process of " + province + " is gone");
			}
			try {
				jdbc.sql("insert into par_process (province_code, lock_version, updated_at, updated_by) values (?, 1, ?, ?)")
					.params(province.value(), Utc.of(now), actor).update();
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				throw new OptimisticLockingFailureException("process of " + province + " created meanwhile", raced);
			}
			id = find(province).orElseThrow().id();
		}
		else {
			id = existing.get().id();
			int updated = jdbc.sql("""
					update par_process set lock_version = lock_version + 1, updated_at = ?, updated_by = ?
					where id = ? and lock_version = ?""").params(Utc.of(now), actor, id, seenVersion).update();
			if (updated != 1) {
				throw new OptimisticLockingFailureException("process of " + province + " changed meanwhile");
			}
			jdbc.sql("delete from par_process_phase where process_id = ?").param(id).update();
		}
		for (Phase phase : phases) {
			jdbc.sql("insert into par_process_phase (process_id, kind, starts_on, ends_on, open_tools) values (?, ?, ?, ?, ?)")
				.params(id, phase.kind().name(), phase.startsOn(), phase.endsOn(), String.join(",", phase.openTools()))
				.update();
		}
	}

	private List<Phase> phases(long processId) {
		List<Phase> stored = jdbc.sql("select * from par_process_phase where process_id = ?").param(processId)
			.query((rs, n) -> new Phase(PhaseKind.valueOf(rs.getString("kind")),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					tools(rs.getString("open_tools"))))
			.list();
		return Arrays.stream(PhaseKind.values())
			.map(kind -> stored.stream().filter(p -> p.kind() == kind).findFirst()
				.orElse(new Phase(kind, null, null, Set.of())))
			.toList();
	}

	private static Set<String> tools(String csv) {
		return Arrays.stream(csv.split(",")).filter(t -> !t.isBlank()).collect(Collectors.toSet());
	}
}
