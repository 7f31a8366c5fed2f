package org.smartcityplanner.documents;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a document is, written into the file's properties.
 *
 * @param title        the title
 * @param subject      the subject, may be empty
 * @param author       who issued it (an office, not a person), may be empty
 * @param language     the document's language
 * @param thaiNumerals print digits as Thai numerals (๐-๙) in text, tables and page numbers
 * @param created      the creation time written into the file (pass a fixed time for repeatable files)
 * @param properties   further properties kept in the file (e.g. the plan version and the hash of the input)
 */
public record DocumentInfo(String title, String subject, String author, DocumentLanguage language,
		boolean thaiNumerals, Instant created, Map<String, String> properties) {

	public DocumentInfo {
		title = Objects.requireNonNullElse(title, "");
		subject = Objects.requireNonNullElse(subject, "");
		author = Objects.requireNonNullElse(author, "");
		language = language == null ? DocumentLanguage.THAI : language;
		created = created == null ? Instant.EPOCH : created;
		properties = Map.copyOf(new TreeMap<>(properties == null ? Map.of() : properties));
		if (thaiNumerals && language != DocumentLanguage.THAI) {
			throw new IllegalArgumentException("Thai numerals are for Thai documents");
		}
	}

	/** A Thai document with Western digits. */
	public static DocumentInfo thai(String title, Instant created) {
		return new DocumentInfo(title, "", "", DocumentLanguage.THAI, false, created, Map.of());
	}

	public DocumentInfo withProperty(String name, String value) {
		Map<String, String> more = new TreeMap<>(properties);
		more.put(name, value);
		return new DocumentInfo(title, subject, author, language, thaiNumerals, created, more);
	}
}
