package org.smartcityplanner.participation.internal.eligibility;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.domain.eligibility.ParticipationCodes;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time participation codes: made in batches for a meeting, handed out on a printed sheet, redeemed once.
 * <p>
 * Only each code's hash is stored, never the code: the sheet is printed from the codes while the batch is made,
 * and afterwards nobody (a database dump, a backup, an administrator) can read an unused code back and take part in
 * someone's place. The price is that a lost sheet cannot be printed again; a coordinator makes a new batch instead,
 * which costs nothing. Encrypting the codes would keep reprints possible but puts a key next to the data it
 * protects, on every node, for a convenience a village meeting does not need.
 */
@Service
public class ParticipationCodeService {

	/** Most codes in one batch: a large meeting hall, not a whole province. */
	public static final int MAX_CODES = 500;
	public static final int MAX_LABEL = 150;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CodeStore store;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	ParticipationCodeService(CodeStore store, AuditLog audit, IdentityApi identity, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	/** A batch just made, with its codes: the only moment they exist in plain. */
	public record NewBatch(CodeBatch batch, List<String> codes) {

		public NewBatch {
			codes = List.copyOf(codes);
		}
	}

	/** How a redemption went. */
	public enum Outcome {
		REDEEMED, NOT_A_CODE, UNKNOWN, USED, OTHER_PROVINCE, WITHDRAWN
	}

	/**
	 * A batch withdrawn.
	 *
	 * @param batch the batch as it is now
	 * @param codesWithdrawn how many unused codes stopped working now (0 when it was withdrawn before)
	 * @param before whether it had been withdrawn before (nothing changed then)
	 */
	public record Withdrawal(CodeBatch batch, int codesWithdrawn, boolean before) {
	}

	/** @param codeId the redeemed code, when {@link Outcome#REDEEMED} */
	public record Redemption(Outcome outcome, Long codeId) {
	}

	/**
	 * Makes {@code count} new codes for the province.
	 *
	 * @throws InputProblemsException naming {@code label} (blank or too long) or {@code count} (not 1–500)
	 */
	@Transactional
	public NewBatch generate(ProvinceCode province, String label, Integer count) {
		String trimmed = label == null ? "" : label.strip();
		List<Problem> problems = new ArrayList<>();
		if (trimmed.isEmpty()) {
			problems.add(Problem.of("label", "participation.codes.labelRequired"));
		}
		else if (trimmed.length() > MAX_LABEL) {
			problems.add(Problem.of("label", "participation.codes.labelTooLong", MAX_LABEL));
		}
		if (count == null || count < 1 || count > MAX_CODES) {
			problems.add(Problem.of("count", "participation.codes.countRange", MAX_CODES));
		}
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		String actor = identity.actorName();
		long batchId = store.insertBatch(province, trimmed, count, clock.instant(), actor);
		Set<String> codes = new HashSet<>();
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < count) {
			String code = ParticipationCodes.generate(RANDOM);
			// a repeat is as likely as two people picking the same of 10^15 numbers; skipped all the same
			if (codes.add(code) && store.find(hash(code)).isEmpty()) {
				store.insertCode(batchId, province, hash(code));
				ordered.add(code);
			}
		}
		audit.record(new AuditChange("participation-code-batch", String.valueOf(batchId), "created", province, null,
				Map.of("label", trimmed, "codes", count)));
		return new NewBatch(store.batch(province, batchId).orElseThrow(), ordered);
	}

	@Transactional(readOnly = true)
	public List<CodeBatch> batches(ProvinceCode province) {
		return store.batches(province);
	}

	/**
	 * Redeems a typed code for the province: usable once, whoever types it first (also on another node) wins.
	 */
	@Transactional
	public Redemption redeem(ProvinceCode province, String typed) {
		Optional<String> code = ParticipationCodes.normalise(typed);
		if (code.isEmpty()) {
			return new Redemption(Outcome.NOT_A_CODE, null);
		}
		CodeStore.StoredCode stored = store.find(hash(code.get())).orElse(null);
		if (stored == null) {
			return new Redemption(Outcome.UNKNOWN, null);
		}
		if (!stored.province().equals(province)) {
			return new Redemption(Outcome.OTHER_PROVINCE, null);
		}
		if (stored.used() || stored.withdrawn()) {
			return new Redemption(stored.used() ? Outcome.USED : Outcome.WITHDRAWN, null);
		}
		if (store.markUsed(stored.id(), clock.instant())) {
			return new Redemption(Outcome.REDEEMED, stored.id());
		}
		// someone else won it meanwhile, or its batch was withdrawn meanwhile
		boolean withdrawn = store.find(hash(code.get())).map(CodeStore.StoredCode::withdrawn).orElse(false);
		return new Redemption(withdrawn ? Outcome.WITHDRAWN : Outcome.USED, null);
	}

	/**
	 * Withdraws a batch whose sheet was lost: its unused codes stop working at once, on every node; codes used before
	 * keep working for who redeemed them, and everything done under them stays. Withdrawing again changes nothing.
	 * Audited.
	 *
	 * @throws NotInProvinceException naming {@code batchId} for a batch of no or another province
	 */
	@Transactional
	public Withdrawal withdraw(ProvinceCode province, long batchId) {
		store.batch(province, batchId).orElseThrow(() -> new NotInProvinceException("batchId", batchId));
		int withdrawn = store.withdraw(province, batchId, clock.instant(), identity.actorName());
		CodeBatch after = store.batch(province, batchId).orElseThrow();
		if (withdrawn < 0) {
			return new Withdrawal(after, 0, true);
		}
		audit.record(new AuditChange("participation-code-batch", String.valueOf(batchId), "withdrawn", province,
				Map.of("unused", withdrawn), Map.of("withdrawnCodes", withdrawn, "usedCodes", after.used())));
		return new Withdrawal(after, withdrawn, false);
	}

	static String hash(String code) {
		return Secrets.hash("participation-code:" + code);
	}
}
