package org.smartcityplanner.documents;

import java.util.Locale;

/**
 * The language of a document, and the few words the engine writes itself.
 */
public enum DocumentLanguage {
	THAI("th", "ยังไม่มีข้อมูล", "สารบัญ", "หน้า", "ตาราง", "ภาพ"),
	ENGLISH("en", "No data yet", "Contents", "Page", "Table", "Figure");

	private final String code;
	private final String noData;
	private final String contents;
	private final String page;
	private final String table;
	private final String figure;

	DocumentLanguage(String code, String noData, String contents, String page, String table, String figure) {
		this.code = code;
		this.noData = noData;
		this.contents = contents;
		this.page = page;
		this.table = table;
		this.figure = figure;
	}

	/** English for English locales, Thai otherwise. */
	public static DocumentLanguage of(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : THAI;
	}

	public String code() {
		return code;
	}

	/** The placeholder of an empty section or table ("ยังไม่มีข้อมูล"). */
	public String noData() {
		return noData;
	}

	public String contents() {
		return contents;
	}

	public String page() {
		return page;
	}

	public String table() {
		return table;
	}

	public String figure() {
		return figure;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this == THAI ? "th-TH" : "en-GB");
	}
}
