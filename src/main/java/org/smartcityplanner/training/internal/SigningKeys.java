package org.smartcityplanner.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.smartcityplanner.training.domain.LinkSignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs QR check-in links and registration forms. It must be the same on every node: taken from
 * {@code scp.training.signing-key} when set (at least 32 characters), else created once in the database — the
 * first node to start inserts it and every other node reads the same row.
 */
@Component
class SigningKeys {

	static final String NAME = "link-signing-key";

	private final JdbcClient jdbc;
	private final String configured;
	private volatile LinkSignature signature;

	SigningKeys(JdbcClient jdbc, @Value("${scp.training.signing-key:}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	LinkSignature signature() {
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
				throw new IllegalStateException("scp.training.signing-key needs at least 32 characters");
			}
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		return Base64.getDecoder().decode(stored());
	}

	private String stored() {
		var existing = jdbc.sql("select secret_value from trn_secret where name = ?").param(NAME).query(String.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			jdbc.sql("insert into trn_secret (name, secret_value) values (?, ?)").params(NAME,
					Base64.getEncoder().encodeToString(fresh)).update();
		}
		catch (DuplicateKeyException e) {
			// another node created it a moment earlier: use theirs
		}
		return jdbc.sql("select secret_value from trn_secret where name = ?").param(NAME).query(String.class).single();
	}
}
