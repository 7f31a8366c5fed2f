package org.smartcityplanner.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts. The secret is shown once when created; only its SHA-256 is stored, which is
 * enough because the secret is 256 random bits (no need for a slow password hash).
 */
@Service
public class ApiTokenService {

	static final String SECRET_PREFIX = "scp_";

	private final JdbcClient jdbc;
	private final UserAccountRepository accounts;
	private final AuditLog audit;
	private final SecureRandom random = new SecureRandom();

	ApiTokenService(JdbcClient jdbc, UserAccountRepository accounts, AuditLog audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Creates a token and returns its secret, which cannot be shown again. */
	@Transactional
	public String create(long userId, String name) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		String prefix = secret.substring(0, 10);
		jdbc.sql("""
				insert into idn_api_token (user_id, name, token_hash, prefix, created_at, revoked)
				values (?, ?, ?, ?, ?, false)""")
			.params(userId, name.trim(), hash(secret), prefix, Utc.of(now)).update();
		long id = jdbc.sql("select id from idn_api_token where token_hash = ?").param(hash(secret)).query(Long.class)
			.single();
		audit.record(new AuditChange("api-token", String.valueOf(id), "created", null, null,
				new TokenView(id, name.trim(), prefix, now, null)));
		return secret;
	}

	/** The user's tokens that are not revoked, newest first. */
	public List<TokenView> list(long userId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at from idn_api_token
				where user_id = ? and revoked = false order by id desc""").param(userId)
			.query((rs, row) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
			.list();
	}

	/** Revokes one of the user's own tokens; a token of someone else is left alone. */
	@Transactional
	public boolean revoke(long userId, long tokenId) {
		boolean revoked = jdbc.sql("update idn_api_token set revoked = true where id = ? and user_id = ? and revoked = false")
			.params(tokenId, userId).update() == 1;
		if (revoked) {
			audit.record(new AuditChange("api-token", String.valueOf(tokenId), "revoked", null, null, null));
		}
		return revoked;
	}

	/** The enabled account owning this secret, if the token exists and is not revoked. */
	@Transactional
	public Optional<AccountPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
			return Optional.empty();
		}
		Optional<Long> userId = jdbc.sql("select user_id from idn_api_token where token_hash = ? and revoked = false")
			.param(hash(secret)).query(Long.class).optional();
		userId.ifPresent(id -> jdbc.sql("update idn_api_token set last_used_at = ? where token_hash = ?")
			.params(Utc.now(), hash(secret)).update());
		return userId.flatMap(accounts::findById).filter(UserAccount::isEnabled).map(AccountPrincipal::of)
			.map(AccountPrincipal::withoutPassword);
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A token as listed on the profile page.
	 *
	 * @param id token id
	 * @param name the name its owner gave it
	 * @param prefix the first characters of the secret, to recognise it
	 * @param createdAt when created
	 * @param lastUsedAt when last used, or {@code null}
	 */
	public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
	}
}
