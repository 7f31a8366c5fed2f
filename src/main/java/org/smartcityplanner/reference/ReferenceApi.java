package org.smartcityplanner.reference;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Reads national reference data. Everything here is read-only and the same for every province.
 */
public interface ReferenceApi {

	/** All provinces, ordered by code. */
	List<Province> provinces();

	/** The province with this code, if it exists. */
	Optional<Province> province(ProvinceCode code);

	/** The entries of one list, in their official order. */
	List<ReferenceItem> items(ReferenceKind kind);

	/** One entry of a list by its code. */
	Optional<ReferenceItem> item(ReferenceKind kind, String code);

	/** The whole indicator library, in library order. */
	List<Indicator> indicators();

	/** The indicators of one smart dimension, e.g. {@code ENV}, in library order; empty for an unknown code. */
	List<Indicator> indicators(String dimensionCode);

	/** One indicator by its code, e.g. {@code IND-ENV-01}. */
	Optional<Indicator> indicator(String code);

}
