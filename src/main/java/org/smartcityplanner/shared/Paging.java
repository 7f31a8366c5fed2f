package org.smartcityplanner.shared;

/**
 * Which page of a long list to show: pages count from 1, as people say them ("page 2") and as the links and the API
 * carry them ({@code ?page=2&size=50}).
 *
 * @param page the page, from 1
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 */
public record Paging(int page, int size) {

	/** Rows per page unless asked otherwise: a screenful that still loads at once on a provincial office's line. */
	public static final int DEFAULT_SIZE = 50;
	/** Most rows per page anyone may ask for. */
	public static final int MAX_SIZE = 500;

	public Paging {
		if (page < 1) {
			throw new InvalidInputException("paging.badPage", page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("paging.badSize", size, MAX_SIZE);
		}
	}

	/** The first page of the default size. */
	public static Paging first() {
		return new Paging(1, DEFAULT_SIZE);
	}

	/**
	 * An API's {@code page} and {@code size} parameters, either missing for the defaults.
	 *
	 * @throws InvalidInputException naming the parameter when it is out of range
	 */
	public static Paging of(Integer page, Integer size) {
		return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
	}

	/** A page link's parameter as typed into the address bar: anything unusable shows the first page. */
	public static Paging lenient(String page) {
		int number = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		return new Paging(Math.max(1, number), DEFAULT_SIZE);
	}

	/** Rows to skip before this page. */
	public long offset() {
		return (long) (page - 1) * size;
	}
}
