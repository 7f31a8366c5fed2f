package org.smartcityplanner.participation.internal.ballot;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.domain.ballot.VoteRules;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.ballot.VoteStore.PendingPaper;
import org.smartcityplanner.participation.internal.ballot.VoteStore.StoredVote;
import org.smartcityplanner.publicaccess.LinkSigner;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting ballots: online by a participant (one vote per participant per ballot, changeable until the close,
 * idempotent per submission) and on paper by staff, counted only once a second staff member confirmed it. Online
 * and paper choices pass the same {@link VoteRules}.
 */
@Service
public class VoteService {

	private static final String KEY_PATTERN = "[A-Za-z0-9_-]{16,64}";
	private static final String PAPER = "PAPER";

	private final BallotService ballots;
	private final VoteStore store;
	private final ProcessApi process;
	private final IdentityApi identity;
	private final AuditLog audit;
	private final LinkSigner signer;
	private final Clock clock;

	VoteService(BallotService ballots, VoteStore store, ProcessApi process, IdentityApi identity, AuditLog audit,
			LinkSigner signer, Clock clock) {
		this.ballots = ballots;
		this.store = store;
		this.process = process;
		this.identity = identity;
		this.audit = audit;
		this.signer = signer;
		this.clock = clock;
	}

	/**
	 * Casts or changes a participant's vote. The ballot must be open and its phase running; otherwise a replay of
	 * the vote's last submission still gets its receipt, anything else {@link VoteReceipt.Outcome#NOT_OPEN}.
	 *
	 * @throws InputProblemsException for choices the rules refuse (field {@code choices}, with the numbers)
	 */
	@Transactional
	public VoteReceipt vote(ProvinceCode province, long ballotId, List<Long> choices, String idempotencyKey,
			String participantKey) {
		requireKey(idempotencyKey);
		BallotView ballot = ballots.find(province, ballotId);
		Optional<VoteReceipt> replayed = replayOf(province, ballotId, idempotencyKey);
		if (replayed.isPresent()) {
			// a double tap or a retry, also from a browser that lost its session: the vote it stored
			return replayed.get();
		}
		Optional<StoredVote> earlier = store.find(ballotId, participantKey);
		if (!ballot.status().takesVotes() || !process.isOpen(province, BallotApi.TOOL)) {
			return VoteReceipt.notOpen();
		}
		requireValid(ballot, choices);
		String secret = secret(province, ballotId, participantKey);
		if (earlier.isEmpty()) {
			Optional<Long> id = store.insert(new VoteStore.NewVote(ballotId, participantKey, "ONLINE", true,
					idempotencyKey, Secrets.hash(secret), null, clock.instant()));
			if (id.isPresent()) {
				store.writeChoices(id.get(), distinct(choices));
				return receipt(VoteReceipt.Outcome.STORED, store.findById(ballotId, id.get()).orElseThrow(), secret);
			}
			// another node stored this submission or this participant's vote meanwhile
			replayed = replayOf(province, ballotId, idempotencyKey);
			if (replayed.isPresent()) {
				return replayed.get();
			}
			earlier = store.find(ballotId, participantKey);
		}
		StoredVote vote = earlier.orElseThrow();
		// the row's update first: it locks the vote, so two changes of mind racing write their choices in turn
		store.markChanged(vote.id(), idempotencyKey, clock.instant());
		store.writeChoices(vote.id(), distinct(choices));
		return receipt(VoteReceipt.Outcome.CHANGED, store.findById(ballotId, vote.id()).orElseThrow(), secret);
	}

	/**
	 * Enters a paper ballot while the ballot is open (also after its phase ended: paper from polling stations is
	 * typed in later). It counts only once another staff member confirms it. Audited.
	 */
	@Transactional
	public VoteReceipt enterPaper(ProvinceCode province, long ballotId, List<Long> choices, String idempotencyKey) {
		requireKey(idempotencyKey);
		BallotView ballot = ballots.find(province, ballotId);
		String participant = "paper:" + idempotencyKey;
		Optional<StoredVote> earlier = store.find(ballotId, participant);
		if (earlier.isPresent()) {
			return receipt(VoteReceipt.Outcome.ALREADY_STORED, earlier.get(), null);
		}
		if (!ballot.status().takesVotes()) {
			return VoteReceipt.notOpen();
		}
		requireValid(ballot, choices);
		Optional<Long> id = store.insert(new VoteStore.NewVote(ballotId, participant, PAPER, false, idempotencyKey,
				Secrets.hash(secret(province, ballotId, participant)), identity.actorName(), clock.instant()));
		if (id.isEmpty()) {
			return receipt(VoteReceipt.Outcome.ALREADY_STORED, store.find(ballotId, participant).orElseThrow(), null);
		}
		store.writeChoices(id.get(), distinct(choices));
		audit.record(new AuditChange("ballot-vote", String.valueOf(id.get()), "entered-from-paper", province, null,
				Map.of("ballot", ballotId, "choices", distinct(choices))));
		return receipt(VoteReceipt.Outcome.STORED, store.findById(ballotId, id.get()).orElseThrow(), null);
	}

	/** Confirms a paper ballot: a different staff member than the one who entered it, before the close. Audited. */
	@Transactional
	public void confirmPaper(ProvinceCode province, long ballotId, long voteId) {
		BallotView ballot = ballots.find(province, ballotId);
		if (ballot.status() != BallotStatus.OPEN || !store.confirmPaper(ballotId, voteId, identity.actorName())) {
			throw new InputProblemsException(List.of(Problem.of("voteId", "participation.ballot.paper.cannotConfirm")));
		}
		audit.record(new AuditChange("ballot-vote", String.valueOf(voteId), "paper-checked", province, null,
				Map.of("ballot", ballotId)));
	}

	/** Discards a paper ballot the check found wrong (it never counted). Audited. */
	@Transactional
	public void discardPaper(ProvinceCode province, long ballotId, long voteId) {
		BallotView ballot = ballots.find(province, ballotId);
		Optional<StoredVote> vote = store.findById(ballotId, voteId);
		if (ballot.status() != BallotStatus.OPEN || vote.isEmpty() || !store.discardPaper(ballotId, voteId)) {
			throw new InputProblemsException(List.of(Problem.of("voteId", "participation.ballot.paper.cannotDiscard")));
		}
		audit.record(new AuditChange("ballot-vote", String.valueOf(voteId), "paper-discarded", province,
				Map.of("ballot", ballotId, "enteredBy", String.valueOf(vote.get().enteredBy())), null));
	}

	/** Paper ballots waiting for their second person. */
	@Transactional(readOnly = true)
	public List<PendingPaper> pendingPaper(ProvinceCode province, long ballotId) {
		ballots.find(province, ballotId);
		return store.pendingPaper(ballotId);
	}

	/** The participant's current vote on the ballot, if any. */
	@Transactional(readOnly = true)
	public Optional<VoteReceipt> current(ProvinceCode province, long ballotId, String participantKey) {
		ballots.find(province, ballotId);
		return store.find(ballotId, participantKey).map(v -> receipt(VoteReceipt.Outcome.ALREADY_STORED, v,
				secret(province, ballotId, participantKey)));
	}

	/** The vote whose last submission carried this key (a replay gets its receipt), if any. */
	@Transactional(readOnly = true)
	public Optional<VoteReceipt> replay(ProvinceCode province, long ballotId, String idempotencyKey) {
		ballots.find(province, ballotId);
		return replayOf(province, ballotId, idempotencyKey);
	}

	private Optional<VoteReceipt> replayOf(ProvinceCode province, long ballotId, String idempotencyKey) {
		return store.findByKey(ballotId, idempotencyKey).map(v -> receipt(VoteReceipt.Outcome.ALREADY_STORED, v,
				secret(province, ballotId, v.participantKey())));
	}

	/** The vote a personal link opens, if the secret is one of this ballot's. */
	@Transactional(readOnly = true)
	public Optional<VoteReceipt> byLink(ProvinceCode province, long ballotId, String secret) {
		ballots.find(province, ballotId);
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		return store.findBySecretHash(ballotId, Secrets.hash(secret)).filter(StoredVote::counted)
			.map(v -> receipt(VoteReceipt.Outcome.ALREADY_STORED, v, secret));
	}

	/**
	 * The voter's link secret, derived from the participant with the server's signing key: the same voter always
	 * gets the same link, no one else can make it, and only its hash is stored.
	 */
	private String secret(ProvinceCode province, long ballotId, String participantKey) {
		return signer.sign("participation.ballot.voter|" + province.value() + "|" + ballotId + "|" + participantKey);
	}

	private VoteReceipt receipt(VoteReceipt.Outcome outcome, StoredVote vote, String secret) {
		return new VoteReceipt(outcome, vote.id(), store.choices(vote.id()), vote.changes(),
				PAPER.equals(vote.channel()) ? null : secret);
	}

	private static void requireKey(String idempotencyKey) {
		if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
			throw new InputProblemsException(
					List.of(Problem.of("idempotencyKey", "participation.idea.idempotencyKey.invalid")));
		}
	}

	private static void requireValid(BallotView ballot, List<Long> choices) {
		Map<Long, Baht> costs = new LinkedHashMap<>();
		ballot.items().forEach(item -> costs.put(item.id(), item.cost()));
		List<Problem> problems = VoteRules.check(
				new VoteRules.Shape(ballot.kind(), ballot.maxChoices(), ballot.budget(), costs), choices);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
	}

	private static List<Long> distinct(List<Long> choices) {
		return choices.stream().distinct().sorted().toList();
	}
}
