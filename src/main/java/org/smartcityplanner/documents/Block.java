package org.smartcityplanner.documents;

/**
 * One piece of a document's body, in reading order. Renderers handle every permitted kind.
 */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, Image, PageBreak, TableOfContents {
}
