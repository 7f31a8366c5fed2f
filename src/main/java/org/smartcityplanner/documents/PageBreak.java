package org.smartcityplanner.documents;

/** Starts a new page. */
public record PageBreak() implements Block {
}
