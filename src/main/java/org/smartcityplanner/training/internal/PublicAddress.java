package org.smartcityplanner.training.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address at which the public reaches this installation ({@code scp.public-base-url}), printed on
 * certificates and their QR codes. It is configured rather than taken from the request: a certificate downloaded
 * through an internal host name or a proxy would otherwise send everyone who checks it to an address only the
 * provincial LAN knows. The start-up default {@code http://localhost:8080} is logged as a warning so a production
 * installation that forgot to set it is noticed before certificates are printed.
 */
@Component
public class PublicAddress {

	static final String DEFAULT = "http://localhost:8080";
	private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

	private final String baseUrl;

	PublicAddress(@Value("${scp.public-base-url:" + DEFAULT + "}") String configured) {
		this.baseUrl = normalise(configured);
		if (baseUrl.contains("://localhost") || baseUrl.contains("://127.0.0.1")) {
			log.warn("scp.public-base-url is {}: certificates will link there; set SCP_PUBLIC_BASE_URL to the public "
					+ "address in production", baseUrl);
		}
		else {
			log.info("Certificates link to {}", baseUrl);
		}
	}

	/** A trainee's personal page, e.g. {@code https://smartcity.example.go.th/t/{secret}}. */
	public String personalPage(String secret) {
		return baseUrl + "/t/" + secret;
	}

	/** The public verification page, e.g. {@code https://smartcity.example.go.th/verify}. */
	public String verifyPage() {
		return baseUrl + "/verify";
	}

	/**
	 * The configured address without a trailing slash.
	 *
	 * @throws IllegalStateException at start-up when it is not an absolute http(s) address without query or fragment
	 */
	static String normalise(String configured) {
		String text = configured == null ? "" : configured.strip();
		try {
			URI uri = new URI(text);
			boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
			if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
				throw new IllegalStateException("scp.public-base-url must be an absolute http(s) address without query, "
						+ "e.g. https://smartcity.example.go.th, not: " + text);
			}
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException("scp.public-base-url is not an address: " + text, e);
		}
		return text.replaceAll("/+$", "");
	}
}
