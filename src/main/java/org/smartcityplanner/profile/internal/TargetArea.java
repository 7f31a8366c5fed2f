package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A target area aggregate. Boundaries (GeoJSON) arrive with the master-plan authoring work.
 */
@Table("prf_target_area")
class TargetArea {

	@Id
	Long id;
	String provinceCode;
	String nameTh;
	String nameEn;
	String areaType;
	Integer population;
	BigDecimal areaSqKm;
	@Version
	Integer version;
}
