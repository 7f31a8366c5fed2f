package org.smartcityplanner.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list with the totals a pager needs (the API returns it as it is).
 *
 * @param items the rows of this page
 * @param page the page, from 1
 * @param size rows per page asked for
 * @param totalItems rows in the whole list
 * @param totalPages pages in the whole list; at least 1, so an empty list still has its (empty) first page
 * @param <T> the row type
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public PageOf {
		items = List.copyOf(items);
		// derived, whatever was passed: a page can never disagree with its own totals
		totalPages = (int) Math.max(1, (totalItems + size - 1) / size);
	}

	public static <T> PageOf<T> of(List<T> items, Paging paging, long totalItems) {
		return new PageOf<>(items, paging.page(), paging.size(), totalItems, 0);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	/** The same page with every row turned into something else. */
	public <R> PageOf<R> map(Function<T, R> mapping) {
		return new PageOf<>(items.stream().map(mapping).toList(), page, size, totalItems, totalPages);
	}
}
