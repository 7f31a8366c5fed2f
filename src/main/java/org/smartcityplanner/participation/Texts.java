package org.smartcityplanner.participation;

/** Text fields as the participation records keep them: never null, without surrounding blanks. */
final class Texts {

	private Texts() {
	}

	static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
