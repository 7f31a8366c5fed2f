package org.smartcityplanner.documents;

/**
 * Horizontal alignment of a paragraph or a table cell. {@code DISTRIBUTED} is Thai distributed justification
 * (Word's "Thai distributed"), the usual alignment of body text in Thai official documents.
 */
public enum Align {
	LEFT, CENTER, RIGHT, JUSTIFY, DISTRIBUTED
}
