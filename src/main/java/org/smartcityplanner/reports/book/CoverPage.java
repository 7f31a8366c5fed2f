package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.documents.Cover;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.model.PlanPeriod;

/**
 * The book's cover: the title and the province, the plan's own title only when it says more than those two, the
 * period with one kind of dash, the edition (draft or final, from the plan's status when the version was saved),
 * and at the foot the issuer and the day the version was saved, all in the book's language and calendar. The
 * internal version name ("ฉบับส่งคณะกรรมการ") is for the system, not the reader: it stays in the file properties.
 */
final class CoverPage {

	/** The Thai book's cover title ({@code book.coverTitle} in Thai), to tell whether a Thai plan title repeats it. */
	private static final String THAI_COVER_TITLE = "แผนแม่บทเมืองอัจฉริยะ";

	private CoverPage() {
	}

	static Cover of(BookParts parts) {
		BookInput input = parts.input();
		String title = parts.t("book.coverTitle");
		String province = parts.t("book.coverProvince", parts.provinceName());
		List<String> lines = new ArrayList<>();
		String thaiTitle = input.plan().title();
		String englishTitle = input.plan().titleEn();
		if (parts.texts().language() == DocumentLanguage.THAI) {
			if (!repeats(thaiTitle, title, province)) {
				lines.add(thaiTitle);
			}
		}
		else if (!englishTitle.isBlank()) {
			if (!repeats(englishTitle, title, province)) {
				lines.add(englishTitle);
			}
		}
		// no English title: the Thai one is printed, marked untranslated, only when it says more than the cover's
		// own words would in Thai (a title that is just "the plan of the province" adds nothing in any language)
		else if (!repeats(thaiTitle, THAI_COVER_TITLE, input.provinceName().th())) {
			lines.add(parts.itemName(thaiTitle, englishTitle));
		}
		PlanPeriod period = input.plan().period();
		lines.add(parts.t("book.cover.period", BookCalendar.year(period.first(), parts.texts().language()),
				BookCalendar.year(period.last(), parts.texts().language())));
		lines.add(EditionAppendix.edition(parts));
		return new Cover(title, province, lines, null,
				List.of(parts.t("book.issuer", parts.provinceName()), EditionAppendix.date(parts)));
	}

	/**
	 * Whether the plan's title only says what the cover title and province already say (ignoring spaces, case, the
	 * word "จังหวัด"/"Province" and the period): "แผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก พ.ศ. 2570-2574" does.
	 */
	static boolean repeats(String planTitle, String title, String province) {
		if (planTitle == null || planTitle.isBlank()) {
			return true;
		}
		String plan = squeeze(planTitle);
		String known = squeeze(title) + squeeze(province);
		return plan.isEmpty() || known.contains(plan) || plan.startsWith(squeeze(title)) && plan.contains(squeeze(province));
	}

	/**
	 * Letters only, lower case, without the words for province: spaces, digits, dots and dashes of the period and
	 * "จังหวัด" are not what makes one title different from another.
	 */
	private static String squeeze(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}]", "").replace("จังหวัด", "")
			.replace("province", "");
	}
}
