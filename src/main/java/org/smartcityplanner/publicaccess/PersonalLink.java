package org.smartcityplanner.publicaccess;

/**
 * A consent with the secret of the person's link (given once; only its hash is stored).
 *
 * @param consent the consent
 * @param secret  the link's secret, for {@code /my-data/{secret}} or the holder's own pages
 */
public record PersonalLink(Consent consent, String secret) {
}
