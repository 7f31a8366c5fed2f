package org.smartcityplanner.documents;

/** Page orientation of a section. */
public enum Orientation {
	PORTRAIT, LANDSCAPE
}
