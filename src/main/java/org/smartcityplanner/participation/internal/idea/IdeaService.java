package org.smartcityplanner.participation.internal.idea;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.IdeaAccepted;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaDeclined;
import org.smartcityplanner.participation.IdeaFilter;
import org.smartcityplanner.participation.IdeaHistoryEntry;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaProposal.Outcome;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.IdeaEventKind;
import org.smartcityplanner.participation.domain.idea.IdeaLifeCycle;
import org.smartcityplanner.participation.domain.idea.IdeaRules;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.IdeaStore.Change;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.publicaccess.LinkSigner;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas, online and paper alike through {@link IdeaRules}, and their life cycle through {@link IdeaLifeCycle}.
 * Staff changes and paper entries are audited; the public's own proposals and ratings are records of their own
 * (the public has no account to audit) and appear in the idea's public history.
 */
@Service
class IdeaService implements IdeaApi {

	private static final String KEY_PATTERN = "[A-Za-z0-9_-]{16,64}";
	private static final int MAX_PLAN_ITEM_TITLE = 300;

	private final IdeaStore store;
	private final ProcessApi process;
	private final ReferenceApi reference;
	private final ProfileApi profile;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final LinkSigner signer;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IdeaService(IdeaStore store, ProcessApi process, ReferenceApi reference, ProfileApi profile, AuditLog audit,
			IdentityApi identity, LinkSigner signer, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.process = process;
		this.reference = reference;
		this.profile = profile;
		this.audit = audit;
		this.identity = identity;
		this.signer = signer;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IdeaProposal propose(ProvinceCode province, IdeaDraft draft, String idempotencyKey, String participantKey) {
		return store(province, draft, idempotencyKey, IdeaChannel.ONLINE, participantKey, null);
	}

	@Override
	@Transactional
	public IdeaProposal proposePaper(ProvinceCode province, IdeaDraft draft, String idempotencyKey) {
		IdeaProposal proposal = store(province, draft, idempotencyKey, IdeaChannel.PAPER, null, identity.actorName());
		if (proposal.outcome() == Outcome.STORED) {
			audit.record(new AuditChange("idea", String.valueOf(proposal.idea().id()), "entered-from-paper", province,
					null, snapshot(proposal.idea())));
		}
		return proposal;
	}

	private IdeaProposal store(ProvinceCode province, IdeaDraft draft, String idempotencyKey, IdeaChannel channel,
			String participantKey, String enteredBy) {
		if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
			throw new InputProblemsException(
					List.of(Problem.of("idempotencyKey", "participation.idea.idempotencyKey.invalid")));
		}
		if (!process.isOpen(province, TOOL)) {
			// a retry of an idea stored before the phase closed still gets its thanks and its link
			return store.findByKey(province, idempotencyKey).map(idea -> replayed(province, idea, idempotencyKey))
				.orElseGet(IdeaProposal::closed);
		}
		IdeaRules.Checked checked = IdeaRules.check(draft, dimensionCodes(), areaIds(province));
		if (!checked.valid()) {
			throw new InputProblemsException(checked.problems());
		}
		String secret = authorSecret(province, idempotencyKey);
		Optional<Long> id = store.insert(new IdeaStore.NewIdea(province, checked.idea(), channel, participantKey,
				Secrets.hash(secret), idempotencyKey, enteredBy, clock.instant()));
		if (id.isEmpty()) {
			return store.findByKey(province, idempotencyKey).map(idea -> replayed(province, idea, idempotencyKey))
				.orElseThrow(() -> new IllegalStateException("an idea's key was taken but its idea is gone"));
		}
		store.addEvent(id.get(), clock.instant(), IdeaEventKind.PROPOSED, null, enteredBy);
		return new IdeaProposal(Outcome.STORED, store.find(province, id.get()).orElseThrow(), secret);
	}

	private IdeaProposal replayed(ProvinceCode province, IdeaView idea, String idempotencyKey) {
		return new IdeaProposal(Outcome.ALREADY_STORED, idea, authorSecret(province, idempotencyKey));
	}

	/**
	 * The author's link secret, derived from the submission's key with the server's signing key: the same
	 * submission always gets the same link (a double tap shows the author a working link), no one without the
	 * form's key can make it, and only its hash is stored.
	 */
	private String authorSecret(ProvinceCode province, String idempotencyKey) {
		return signer.sign("participation.idea.author|" + province.value() + "|" + idempotencyKey);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IdeaProposal> storedProposal(ProvinceCode province, String idempotencyKey) {
		if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
			return Optional.empty();
		}
		return store.findByKey(province, idempotencyKey).map(idea -> replayed(province, idea, idempotencyKey));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IdeaView> find(ProvinceCode province, long id) {
		return store.find(province, id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IdeaView> findByAuthorSecret(ProvinceCode province, String secret) {
		if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
			return Optional.empty();
		}
		return store.findBySecretHash(province, Secrets.hash(secret));
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<IdeaSummary> list(ProvinceCode province, IdeaFilter filter, Paging paging) {
		return store.page(province, filter, paging);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<IdeaStatus, Long> countsByStatus(ProvinceCode province) {
		return store.countsByStatus(province);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IdeaHistoryEntry> history(ProvinceCode province, long id) {
		return store.history(province, id);
	}

	@Override
	@Transactional
	public IdeaView hide(ProvinceCode province, long id, int version, String reason) {
		IdeaView idea = seen(province, id, version);
		refuse(IdeaLifeCycle.hide(idea.status(), reason));
		String text = reason.strip();
		return change(idea, new Change(IdeaStatus.HIDDEN, text, null, null, null, null), IdeaEventKind.HIDDEN, text,
				"hidden");
	}

	@Override
	@Transactional
	public IdeaView restore(ProvinceCode province, long id, int version) {
		IdeaView idea = seen(province, id, version);
		refuse(IdeaLifeCycle.restore(idea.status()));
		return change(idea, new Change(IdeaStatus.PUBLISHED, null, null, null, null, null), IdeaEventKind.RESTORED,
				null, "restored");
	}

	@Override
	@Transactional
	public IdeaView accept(ProvinceCode province, long id, int version, ResourceRef planItem, String planItemTitle) {
		IdeaView idea = seen(province, id, version);
		refuse(IdeaLifeCycle.accept(idea.status()));
		if (planItem == null || planItemTitle == null || planItemTitle.isBlank()) {
			throw new InputProblemsException(List.of(Problem.of("planItem", "participation.idea.accept.planItemRequired")));
		}
		if (planItemTitle.strip().length() > MAX_PLAN_ITEM_TITLE) {
			// a plan item's title longer than the column: keep its start, the link carries the item itself
			planItemTitle = planItemTitle.strip().substring(0, MAX_PLAN_ITEM_TITLE - 1) + "…";
		}
		String title = planItemTitle.strip();
		IdeaView accepted = change(idea,
				new Change(IdeaStatus.ACCEPTED, null, null, planItem, title, clock.instant()), IdeaEventKind.ACCEPTED,
				title, "accepted");
		events.publishEvent(new IdeaAccepted(province, idea.ref(), planItem, title));
		return accepted;
	}

	@Override
	@Transactional
	public IdeaView decline(ProvinceCode province, long id, int version, String reason) {
		IdeaView idea = seen(province, id, version);
		refuse(IdeaLifeCycle.decline(idea.status(), reason));
		String text = reason.strip();
		IdeaView declined = change(idea, new Change(IdeaStatus.DECLINED, null, text, null, null, clock.instant()),
				IdeaEventKind.DECLINED, text, "declined");
		events.publishEvent(new IdeaDeclined(province, idea.ref()));
		return declined;
	}

	@Override
	@Transactional
	public IdeaView rate(ProvinceCode province, String authorSecret, int rating, String comment) {
		IdeaView idea = findByAuthorSecret(province, authorSecret)
			.orElseThrow(() -> new NotInProvinceException("secret", "?"));
		refuse(IdeaLifeCycle.rate(idea.status(), idea.authorRating(), rating, comment));
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (!store.rate(idea, rating, text)) {
			// another request rated it a moment ago
			refuse(Optional.of(Problem.of(null, "participation.idea.rating.alreadyRated")));
		}
		store.addEvent(idea.id(), clock.instant(), IdeaEventKind.RATED, String.valueOf(rating), null);
		return store.find(province, idea.id()).orElseThrow();
	}

	private IdeaView change(IdeaView idea, Change change, IdeaEventKind kind, String text, String action) {
		store.change(idea, change);
		store.addEvent(idea.id(), clock.instant(), kind, text, identity.actorName());
		IdeaView after = store.find(idea.province(), idea.id()).orElseThrow();
		audit.record(new AuditChange("idea", String.valueOf(idea.id()), action, idea.province(), snapshot(idea),
				snapshot(after)));
		return after;
	}

	private IdeaView seen(ProvinceCode province, long id, int version) {
		IdeaView idea = store.find(province, id)
			.orElseThrow(() -> new NotInProvinceException("ideaId", String.valueOf(id)));
		if (idea.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"idea " + id + " is at version " + idea.version() + ", not " + version);
		}
		return idea;
	}

	private static void refuse(Optional<Problem> problem) {
		if (problem.isPresent()) {
			throw new InputProblemsException(List.of(problem.get()));
		}
	}

	private Set<String> dimensionCodes() {
		return reference.items(ReferenceKind.SMART_DIMENSION).stream().map(ReferenceItem::code)
			.collect(Collectors.toSet());
	}

	private Set<Long> areaIds(ProvinceCode province) {
		return profile.areasOf(province).stream().map(TargetAreaView::id).collect(Collectors.toSet());
	}

	private static Map<String, Object> snapshot(IdeaView idea) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", idea.title());
		s.put("dimension", idea.dimensionCode());
		s.put("area", idea.areaId());
		s.put("channel", idea.channel().name());
		s.put("status", idea.status().name());
		s.put("hiddenReason", idea.hiddenReason());
		s.put("declineReason", idea.declineReason());
		s.put("acceptedItem", idea.acceptedItem() == null ? null : idea.acceptedItem().toString());
		s.put("acceptedTitle", idea.acceptedTitle());
		return s;
	}
}
