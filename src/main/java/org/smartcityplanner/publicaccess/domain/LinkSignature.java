package org.smartcityplanner.publicaccess.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.smartcityplanner.publicaccess.LinkSigner;

/**
 * HMAC-SHA256 signatures of link parameters (QR check-in links, the time a form was shown). The key is the same
 * on every node (configured, or created once in the database), so a link signed by one node verifies on another.
 */
public final class LinkSignature implements LinkSigner {

	private final byte[] key;

	public LinkSignature(byte[] key) {
		if (key == null || key.length < 32) {
			throw new IllegalArgumentException("The signing key needs at least 32 bytes");
		}
		this.key = key.clone();
	}

	@Override
	public String sign(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	@Override
	public boolean verify(String message, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(message).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}
}
