package org.smartcityplanner.dashboard.internal.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national overview's read model: one row per province (its progress, plan status, dimensions covered and
 * stage) and one per target area (its stage), each replaced whole by {@link NationalSync}, so a repeated event or
 * refresh leaves the same rows. The overview reads it in two queries, whatever the number of provinces.
 */
@Component
public class NationalStore {

	/**
	 * A province as the read model keeps it.
	 *
	 * @param code province
	 * @param engaged whether an engagement is open
	 * @param planStatus the plan's status or {@code null}
	 * @param dimensions smart-dimension codes the plan's goals cover
	 * @param stage the province's stage
	 */
	public record ProvinceRow(ProvinceCode code, boolean engaged, PlanStatus planStatus, List<String> dimensions,
			Stage stage) {
	}

	/**
	 * A target area as the read model keeps it, with its register entry's dates.
	 *
	 * @param id profile's area id
	 * @param province its province
	 * @param name its name
	 * @param stage its stage
	 * @param certifiedOn when it was certified, {@code null} when not in the register
	 * @param renewedOn when it was renewed, or {@code null}
	 */
	public record AreaRow(long id, ProvinceCode province, LocalizedText name, Stage stage, LocalDate certifiedOn,
			LocalDate renewedOn) {
	}

	private final JdbcClient jdbc;

	NationalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every province the read model knows, in one query. */
	public List<ProvinceRow> provinces() {
		return jdbc.sql("select * from dsh_national_province order by province_code").query((rs, row) -> {
			String status = rs.getString("plan_status");
			String dimensions = rs.getString("dimensions");
			return new ProvinceRow(new ProvinceCode(rs.getString("province_code")), rs.getBoolean("engaged"),
					status == null ? null : PlanStatus.valueOf(status),
					dimensions.isEmpty() ? List.of() : Arrays.asList(dimensions.split(",")),
					Stage.valueOf(rs.getString("stage")));
		}).list();
	}

	/** Every target area with its register dates, in one query. */
	public List<AreaRow> areas() {
		return jdbc.sql("""
				select a.area_id, a.province_code, a.name_th, a.name_en, a.stage, c.certified_on, c.renewed_on
				from dsh_national_area a left join dsh_certification c on c.area_id = a.area_id
				order by a.province_code, a.name_th, a.area_id""")
			.query((rs, row) -> new AreaRow(rs.getLong("area_id"), new ProvinceCode(rs.getString("province_code")),
					new LocalizedText(rs.getString("name_th"), rs.getString("name_en")), Stage.valueOf(rs.getString("stage")),
					rs.getObject("certified_on", LocalDate.class), rs.getObject("renewed_on", LocalDate.class)))
			.list();
	}

	/** The province an area lies in as the read model knows it, or {@code null}. */
	ProvinceCode provinceOfArea(long areaId) {
		return jdbc.sql("select province_code from dsh_national_area where area_id = ?").param(areaId)
			.query(String.class).optional().map(ProvinceCode::new).orElse(null);
	}

	Set<ProvinceCode> known() {
		return jdbc.sql("select province_code from dsh_national_province").query(String.class).list().stream()
			.map(ProvinceCode::new).collect(Collectors.toSet());
	}

	/** Replaces the province's row and all its areas' rows. */
	void replace(ProvinceRow province, List<AreaRow> areas) {
		String code = province.code().value();
		List<Object> values = new ArrayList<>(List.of(province.engaged()));
		values.add(province.planStatus() == null ? null : province.planStatus().name());
		values.addAll(List.of(String.join(",", province.dimensions()), province.stage().name(), Utc.now(), code));
		// the row first, then its update: the update's row lock makes two refreshes of one province take turns, so
		// the second one's delete sees the first one's areas
		jdbc.sql("""
				insert into dsh_national_province (province_code, engaged, dimensions, stage, updated_at)
				values (?, false, '', ?, ?) on conflict do nothing""")
			.params(code, Stage.NO_ENGAGEMENT.name(), Utc.now()).update();
		jdbc.sql("""
				update dsh_national_province set engaged = ?, plan_status = ?, dimensions = ?, stage = ?, updated_at = ?
				where province_code = ?""").params(values).update();
		jdbc.sql("delete from dsh_national_area where province_code = ?").param(code).update();
		for (AreaRow area : areas) {
			jdbc.sql("""
					insert into dsh_national_area (area_id, province_code, name_th, name_en, stage)
					values (?, ?, ?, ?, ?)""")
				.params(area.id(), code, area.name().th(), area.name().en(), area.stage().name()).update();
		}
	}
}
