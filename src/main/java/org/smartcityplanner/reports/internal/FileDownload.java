package org.smartcityplanner.reports.internal;

/**
 * A generated file with its content.
 *
 * @param file        what it is
 * @param contentType its media type
 * @param content     the bytes
 */
public record FileDownload(GeneratedFile file, String contentType, byte[] content) {
}
