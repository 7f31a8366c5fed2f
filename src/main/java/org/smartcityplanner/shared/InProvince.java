package org.smartcityplanner.shared;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shape of every ownership check: an id a request carried either names something in the province of the
 * path, or the request fails with {@link NotInProvinceException} naming the field, before anything is read or
 * stored. Each module has one component that applies these to its own kinds of id (and asks other modules'
 * public APIs about theirs).
 */
public final class InProvince {

	private InProvince() {
	}

	/**
	 * @param found what the id named, looked up within the province
	 * @return the thing found
	 * @throws NotInProvinceException when nothing was found
	 */
	public static <T> T require(Optional<T> found, String field, Object id) {
		return found.orElseThrow(() -> new NotInProvinceException(field, id));
	}

	/** @throws NotInProvinceException unless the id was found in the province */
	public static void require(boolean inProvince, String field, Object id) {
		if (!inProvince) {
			throw new NotInProvinceException(field, id);
		}
	}

	/**
	 * Checks every id of a collection; the first that is not in the province fails the request.
	 *
	 * @param inProvince whether one id names something in the province
	 */
	public static <I> void requireAll(Collection<? extends I> ids, Predicate<? super I> inProvince, String field) {
		for (I id : ids) {
			require(inProvince.test(id), field, id);
		}
	}
}
