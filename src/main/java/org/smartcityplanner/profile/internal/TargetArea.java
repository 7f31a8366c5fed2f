package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A target area aggregate. The boundary is GeoJSON text that {@code BoundaryValidator} has accepted and
 * normalised; its size is then the computed one.
 */
@Table("prf_target_area")
class TargetArea {

	@Id
	Long id;
	String provinceCode;
	String nameTh;
	String nameEn;
	String areaType;
	/** NEW_CITY or LIVEABLE_CITY, or null while nobody has said. */
	String cityType;
	Integer population;
	BigDecimal areaSqKm;
	String boundaryGeojson;
	Integer boundaryVertices;
	String positioning;
	/** Comma-separated SMART_DIMENSION codes, in order. */
	String leadDimensions;
	@Version
	Integer version;

	List<String> leadDimensionList() {
		return leadDimensions == null || leadDimensions.isBlank() ? List.of()
				: Arrays.stream(leadDimensions.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	void leadDimensions(List<String> codes) {
		leadDimensions = codes.isEmpty() ? null : String.join(",", codes);
	}
}
