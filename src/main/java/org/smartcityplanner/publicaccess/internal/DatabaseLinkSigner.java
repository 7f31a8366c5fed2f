package org.smartcityplanner.publicaccess.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.smartcityplanner.publicaccess.LinkSigner;
import org.smartcityplanner.publicaccess.domain.LinkSignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs public links and forms. It must be the same on every node: taken from
 * {@code scp.signing-key} (or the older {@code scp.training.signing-key}) when set, at least 32 characters, else
 * created once in the database — the first node to start inserts it and every other node reads the same row.
 */
@Component
class DatabaseLinkSigner implements LinkSigner {

	static final String NAME = "link-signing-key";

	private final JdbcClient jdbc;
	private final String configured;
	private volatile LinkSignature signature;

	DatabaseLinkSigner(JdbcClient jdbc, @Value("${scp.signing-key:${scp.training.signing-key:}}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	@Override
	public String sign(String message) {
		return signature().sign(message);
	}

	@Override
	public boolean verify(String message, String signature) {
		return signature().verify(message, signature);
	}

	private LinkSignature signature() {
		LinkSignature current = signature;
		if (current == null) {
			current = new LinkSignature(key());
			signature = current;
		}
		return current;
	}

	private byte[] key() {
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < 32) {
				throw new IllegalStateException("scp.signing-key needs at least 32 characters");
			}
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		return Base64.getDecoder().decode(stored());
	}

	private String stored() {
		var existing = jdbc.sql("select secret_value from pac_secret where name = ?").param(NAME).query(String.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			jdbc.sql("insert into pac_secret (name, secret_value) values (?, ?)").params(NAME,
					Base64.getEncoder().encodeToString(fresh)).update();
		}
		catch (DuplicateKeyException e) {
			// another node created it a moment earlier: use theirs
		}
		return jdbc.sql("select secret_value from pac_secret where name = ?").param(NAME).query(String.class).single();
	}
}
