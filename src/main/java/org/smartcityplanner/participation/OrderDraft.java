package org.smartcityplanner.participation;

/**
 * An order as typed.
 *
 * @param number         the order number, e.g. "245/2569"
 * @param signedOn       the signing date, ISO {@code yyyy-MM-dd}
 * @param signedBy       who signs
 * @param signerPosition their position
 */
public record OrderDraft(String number, String signedOn, String signedBy, String signerPosition) {
}
