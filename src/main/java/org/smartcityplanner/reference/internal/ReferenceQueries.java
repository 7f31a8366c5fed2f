package org.smartcityplanner.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads reference data with plain SQL: it is a read model, not an aggregate anyone edits. Provinces and the lists of
 * items, which every public page names, are kept by this node once read: they come from the data files inside the
 * application and change only when a node starts with changed files ({@link ReferenceDataLoader}, which makes this
 * node forget what it kept), never while nodes run.
 */
@Service
class ReferenceQueries implements ReferenceUseCases {

	private static final String PROVINCE_SELECT = """
			select p.code, p.name_th, p.name_en, p.region_code, r.name_th as region_th, r.name_en as region_en
			from ref_province p left join ref_region r on r.code = p.region_code""";

	private static final String ITEM_SELECT = """
			select kind, code, sort_order, name_th, name_en, description_th, description_en, confirmed, note
			from ref_item""";

	private final JdbcClient jdbc;
	private final IndicatorQueries indicators;
	private final Map<ProvinceCode, Province> knownProvinces = new ConcurrentHashMap<>();
	private final Map<ReferenceKind, List<ReferenceItem>> knownItems = new ConcurrentHashMap<>();

	ReferenceQueries(JdbcClient jdbc, IndicatorQueries indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	@Override
	public List<Province> provinces() {
		return jdbc.sql(PROVINCE_SELECT + " order by p.code").query(ReferenceQueries::province).list();
	}

	@Override
	public Optional<Province> province(ProvinceCode code) {
		Province known = knownProvinces.get(code);
		if (known != null) {
			return Optional.of(known);
		}
		// a code no province has is asked again each time: keeping it would let anyone fill the memory
		Optional<Province> found = jdbc.sql(PROVINCE_SELECT + " where p.code = ?").param(code.value())
			.query(ReferenceQueries::province).optional();
		found.ifPresent(province -> knownProvinces.put(code, province));
		return found;
	}

	@Override
	public List<ReferenceItem> items(ReferenceKind kind) {
		List<ReferenceItem> known = knownItems.get(kind);
		if (known != null) {
			return known;
		}
		List<ReferenceItem> found = List.copyOf(jdbc.sql(ITEM_SELECT + " where kind = ? order by sort_order, code")
			.param(kind.name()).query(ReferenceQueries::item).list());
		knownItems.put(kind, found);
		return found;
	}

	@Override
	public Optional<ReferenceItem> item(ReferenceKind kind, String code) {
		return items(kind).stream().filter(item -> item.code().equals(code)).findFirst();
	}

	/** Forgets what this node kept, after the data files were applied. */
	void forget() {
		knownProvinces.clear();
		knownItems.clear();
	}

	@Override
	public List<Indicator> indicators() {
		return indicators.all();
	}

	@Override
	public List<Indicator> indicators(String dimensionCode) {
		return indicators.ofDimension(dimensionCode);
	}

	@Override
	public Optional<Indicator> indicator(String code) {
		return indicators.byCode(code);
	}

	@Override
	public List<Indicator> searchIndicators(String text) {
		return indicators.search(text);
	}

	private static Province province(ResultSet rs, int row) throws SQLException {
		String regionTh = rs.getString("region_th");
		return new Province(new ProvinceCode(rs.getString("code")),
				new LocalizedText(rs.getString("name_th"), rs.getString("name_en")), rs.getString("region_code"),
				regionTh == null ? new LocalizedText(rs.getString("region_code"), rs.getString("region_code"))
						: new LocalizedText(regionTh, rs.getString("region_en")));
	}

	private static ReferenceItem item(ResultSet rs, int row) throws SQLException {
		String descriptionTh = rs.getString("description_th");
		LocalizedText description = descriptionTh == null || descriptionTh.isBlank() ? null
				: new LocalizedText(descriptionTh, rs.getString("description_en"));
		return new ReferenceItem(ReferenceKind.valueOf(rs.getString("kind")), rs.getString("code"),
				rs.getInt("sort_order"), new LocalizedText(rs.getString("name_th"), rs.getString("name_en")),
				description, rs.getBoolean("confirmed"), rs.getString("note"));
	}
}
