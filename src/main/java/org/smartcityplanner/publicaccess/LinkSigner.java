package org.smartcityplanner.publicaccess;

/**
 * Signs and verifies the parameters of links and forms that are used without an account (a QR check-in link,
 * the time a public form was shown, a personal link). Every node signs with the same key, so a link made by one
 * node verifies on another.
 */
public interface LinkSigner {

	/** The URL-safe signature of the message. */
	String sign(String message);

	/** Whether the signature belongs to the message, compared in constant time; {@code false} for no signature. */
	boolean verify(String message, String signature);
}
