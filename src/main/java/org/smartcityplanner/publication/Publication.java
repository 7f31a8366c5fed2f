package org.smartcityplanner.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A stand-alone document a module publishes (a cohort's training report, a trainee's certificate), described
 * without any file format; {@link Publisher} renders it as DOCX or PDF.
 *
 * @param title       the title written into the file
 * @param language    its language (Thai or English)
 * @param madeAt      when it was made, written into the file
 * @param properties  further file properties (e.g. a verification code)
 * @param titlePage   the cover, or null for none
 * @param pageNumbers whether pages are numbered (Thai style, top centre)
 * @param parts       the body
 * @param thaiNumerals digits printed as Thai numerals (๐–๙), as official orders write them (Thai only)
 */
public record Publication(String title, Locale language, Instant madeAt, Map<String, String> properties,
		TitlePage titlePage, boolean pageNumbers, List<Part> parts, boolean thaiNumerals) {

	/** Thai, the default language of the application. */
	public static final Locale THAI = Locale.forLanguageTag("th-TH");

	public Publication {
		title = Objects.requireNonNullElse(title, "");
		language = language == null ? THAI : language;
		properties = Map.copyOf(properties);
		parts = List.copyOf(parts);
	}

	/** A Thai publication with numbered pages, to be filled part by part. */
	public static Builder thai(String title, Instant madeAt) {
		return new Builder(title, madeAt);
	}

	/** Collects a publication's parts in order. */
	public static final class Builder {

		private final String title;
		private final Instant madeAt;
		private final Map<String, String> properties = new LinkedHashMap<>();
		private final List<Part> parts = new ArrayList<>();
		private TitlePage titlePage;
		private boolean pageNumbers = true;
		private boolean thaiNumerals;

		private Builder(String title, Instant madeAt) {
			this.title = title;
			this.madeAt = madeAt;
		}

		public Builder property(String name, String value) {
			properties.put(name, value);
			return this;
		}

		public Builder titlePage(TitlePage page) {
			this.titlePage = page;
			return this;
		}

		public Builder withoutPageNumbers() {
			this.pageNumbers = false;
			return this;
		}

		/** Digits in the text, tables and page numbers print as Thai numerals. */
		public Builder thaiNumerals() {
			this.thaiNumerals = true;
			return this;
		}

		public Builder add(Part part) {
			parts.add(part);
			return this;
		}

		public Builder heading(int level, String text) {
			return add(new Part.Heading(level, text));
		}

		public Builder paragraph(String text) {
			return add(Part.Paragraph.body(text));
		}

		public Builder landscape() {
			return add(new Part.Landscape());
		}

		public Publication build() {
			return new Publication(title, THAI, madeAt, properties, titlePage, pageNumbers, parts, thaiNumerals);
		}
	}
}
