package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.CityType;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.InvalidBoundaryException;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.domain.BoundaryValidator;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target areas: the aggregate for changes, plain SQL for lists (so a list never loads the boundaries).
 */
@Service
class AreaService {

	private static final String VIEW_COLUMNS = """
			id, province_code, name_th, name_en, area_type, city_type, population, area_sq_km, positioning, lead_dimensions,
			boundary_vertices, version""";

	private final TargetAreaRepository areas;
	private final ProfileOwnership owned;
	private final JdbcClient jdbc;
	private final ReferenceApi reference;
	private final AuditLog audit;
	private final BoundaryValidator validator = new BoundaryValidator();

	AreaService(TargetAreaRepository areas, ProfileOwnership owned, JdbcClient jdbc, ReferenceApi reference,
			AuditLog audit) {
		this.areas = areas;
		this.owned = owned;
		this.jdbc = jdbc;
		this.reference = reference;
		this.audit = audit;
	}

	List<TargetAreaView> areasOf(ProvinceCode province) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from prf_target_area where province_code = ? order by name_th, id")
			.param(province.value()).query((rs, row) -> view(rs)).list();
	}

	Optional<TargetAreaView> area(ProvinceCode province, long areaId) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from prf_target_area where province_code = ? and id = ?")
			.params(province.value(), areaId).query((rs, row) -> view(rs)).optional();
	}

	List<AreaBoundary> boundariesOf(ProvinceCode province) {
		return jdbc.sql("select " + VIEW_COLUMNS + ", boundary_geojson from prf_target_area"
				+ " where province_code = ? and boundary_geojson is not null order by name_th, id")
			.param(province.value()).query((rs, row) -> new AreaBoundary(view(rs), rs.getString("boundary_geojson")))
			.list();
	}

	Optional<AreaBoundary> boundaryOf(ProvinceCode province, long areaId) {
		return jdbc.sql("select " + VIEW_COLUMNS + ", boundary_geojson from prf_target_area"
				+ " where province_code = ? and id = ? and boundary_geojson is not null")
			.params(province.value(), areaId)
			.query((rs, row) -> new AreaBoundary(view(rs), rs.getString("boundary_geojson"))).optional();
	}

	BoundaryCheck check(String geoJson) {
		return validator.check(geoJson);
	}

	@Transactional
	TargetAreaView add(ProvinceCode province, LocalizedText name, AreaType type, Integer population,
			BigDecimal areaSqKm) {
		TargetArea area = new TargetArea();
		area.provinceCode = province.value();
		area.nameTh = name.th();
		area.nameEn = name.en();
		area.areaType = type.name();
		area.population = population;
		area.areaSqKm = areaSqKm;
		return created(province, areas.save(area));
	}

	@Transactional
	TargetAreaView create(ProvinceCode province, AreaDetails details) {
		TargetArea area = new TargetArea();
		area.provinceCode = province.value();
		apply(area, details);
		return created(province, areas.save(area));
	}

	@Transactional
	TargetAreaView update(ProvinceCode province, long areaId, int expectedVersion, AreaDetails details) {
		TargetArea area = owned.area(province, areaId, "areaId");
		Snapshot before = Snapshot.of(area);
		apply(area, details);
		area.version = expectedVersion;
		TargetArea saved = areas.save(area);
		audit.record(new AuditChange("target-area", String.valueOf(saved.id), "updated", province, before,
				Snapshot.of(saved)));
		return area(province, saved.id).orElseThrow();
	}

	private TargetAreaView created(ProvinceCode province, TargetArea saved) {
		audit.record(new AuditChange("target-area", String.valueOf(saved.id), "created", province, null,
				Snapshot.of(saved)));
		return area(province, saved.id).orElseThrow();
	}

	/** Checks everything before changing anything, so a refused boundary leaves the aggregate as it was. */
	private void apply(TargetArea area, AreaDetails details) {
		checkLeadDimensions(details.leadDimensions());
		if (details.positioning().length() > AreaDetails.MAX_POSITIONING) {
			throw new IllegalArgumentException("Positioning statement too long");
		}
		BoundaryCheck boundary = null;
		if (details.boundary().action() == AreaDetails.BoundaryChange.Action.REPLACE) {
			boundary = validator.check(details.boundary().geoJson());
			if (!boundary.isValid()) {
				throw new InvalidBoundaryException(boundary);
			}
		}
		area.nameTh = details.name().th();
		area.nameEn = details.name().en();
		area.areaType = details.type().name();
		area.cityType = details.cityType() == null ? null : details.cityType().name();
		area.population = details.population();
		area.positioning = details.positioning().isEmpty() ? null : details.positioning();
		area.leadDimensions(details.leadDimensions());
		switch (details.boundary().action()) {
			case REPLACE -> {
				area.boundaryGeojson = boundary.geoJson();
				area.boundaryVertices = boundary.vertices();
				area.areaSqKm = boundary.areaSqKm();
			}
			case REMOVE -> {
				area.boundaryGeojson = null;
				area.boundaryVertices = null;
				area.areaSqKm = details.areaSqKm();
			}
			case KEEP -> {
				if (area.boundaryGeojson == null) {
					area.areaSqKm = details.areaSqKm();
				}
			}
		}
	}

	private void checkLeadDimensions(List<String> codes) {
		if (codes.isEmpty() || codes.size() > AreaDetails.MAX_LEAD_DIMENSIONS
				|| new HashSet<>(codes).size() != codes.size()) {
			throw new IllegalArgumentException("An area needs 1 to 3 different lead dimensions: " + codes);
		}
		for (String code : codes) {
			if (reference.item(ReferenceKind.SMART_DIMENSION, code).isEmpty()) {
				throw new IllegalArgumentException("Unknown smart dimension " + code);
			}
		}
	}

	private static TargetAreaView view(ResultSet rs) throws SQLException {
		String dimensions = rs.getString("lead_dimensions");
		return new TargetAreaView(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
				new LocalizedText(rs.getString("name_th"), rs.getString("name_en")),
				AreaType.valueOf(rs.getString("area_type")),
				rs.getString("city_type") == null ? null : CityType.valueOf(rs.getString("city_type")),
				(Integer) rs.getObject("population", Integer.class),
				rs.getBigDecimal("area_sq_km"), rs.getString("positioning"),
				dimensions == null || dimensions.isBlank() ? List.of() : Arrays.asList(dimensions.split(",")),
				rs.getObject("boundary_vertices") != null, rs.getInt("version"));
	}

	/**
	 * What the audit log keeps of an area: everything but the boundary itself (which may be megabytes), of
	 * which it keeps the number of points.
	 */
	record Snapshot(String nameTh, String nameEn, String type, String cityType, Integer population, BigDecimal areaSqKm,
			String positioning, String leadDimensions, Integer boundaryPoints) {

		static Snapshot of(TargetArea area) {
			return new Snapshot(area.nameTh, area.nameEn, area.areaType, area.cityType, area.population, area.areaSqKm,
					area.positioning, area.leadDimensions, area.boundaryVertices);
		}
	}
}
