package org.smartcityplanner.publication;

import java.util.List;
import java.util.Locale;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Implemented by a module that writes part of the master-plan book: declare it as a Spring bean and the reports
 * module finds it (all contributors are collected as a list), asks it for its chapters each time a book is
 * generated and renders them in the book's chapter slots. A slot without a contribution, or whose contribution
 * has no parts, prints the "no data yet" placeholder.
 */
public interface PublicationContributor {

	/**
	 * The module's chapters of the province's book, in the book's language; empty when it has nothing to say.
	 * Called in the background while a book is generated, outside any web request.
	 *
	 * @param province the province whose book is made
	 * @param language the book's language (Thai or English)
	 */
	List<ChapterContribution> bookChapters(ProvinceCode province, Locale language);
}
