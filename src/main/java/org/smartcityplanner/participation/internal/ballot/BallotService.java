package org.smartcityplanner.participation.internal.ballot;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.participation.domain.ballot.BallotRules;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots' life cycle: drafted (by the action plan through {@link BallotApi} or by staff), edited only as a draft,
 * opened, and closed by {@link BallotCounting}. Every change is audited.
 */
@Service
public class BallotService implements BallotApi {

	private final BallotStore store;
	private final AuditLog audit;
	private final Clock clock;

	BallotService(BallotStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long create(ProvinceCode province, BallotDraft draft) {
		requireValid(draft);
		long id = store.insert(province, draft, BallotStatus.DRAFT, "CREATED", clock.instant());
		audit.record(new AuditChange("ballot", String.valueOf(id), "created", province, null, snapshot(draft)));
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public List<BallotItemOutcome> outcomesOf(ProvinceCode province, ResourceRef project) {
		return store.outcomesOf(province, project);
	}

	/** The ballot, or {@link NotInProvinceException} when the province has no such ballot. */
	@Transactional(readOnly = true)
	public BallotView find(ProvinceCode province, long id) {
		return store.find(province, id).orElseThrow(() -> new NotInProvinceException("ballot", id));
	}

	/** A ballot the public may see (open or closed), or {@link NotInProvinceException} for a draft too. */
	@Transactional(readOnly = true)
	public BallotView findPublic(ProvinceCode province, long id) {
		BallotView ballot = find(province, id);
		if (ballot.status() == BallotStatus.DRAFT) {
			throw new NotInProvinceException("ballot", id);
		}
		return ballot;
	}

	/** The province's ballots, newest first (without their projects). */
	@Transactional(readOnly = true)
	public List<BallotView> list(ProvinceCode province) {
		return store.list(province);
	}

	/** Changes a draft; a ballot already open or closed refuses ({@code participation.ballot.notDraft}). */
	@Transactional
	public void update(ProvinceCode province, long id, int version, BallotDraft draft) {
		BallotView before = find(province, id);
		if (before.status() != BallotStatus.DRAFT) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.ballot.notDraft")));
		}
		requireValid(draft);
		store.replaceDraft(id, version, draft);
		audit.record(new AuditChange("ballot", String.valueOf(id), "updated", province, snapshot(before),
				snapshot(draft)));
	}

	/** Opens a draft for votes. */
	@Transactional
	public void open(ProvinceCode province, long id, int version) {
		BallotView ballot = find(province, id);
		if (ballot.status() != BallotStatus.DRAFT) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.ballot.notDraft")));
		}
		store.move(id, version, BallotStatus.DRAFT, BallotStatus.OPEN, clock.instant());
		audit.record(new AuditChange("ballot", String.valueOf(id), "opened", province,
				Map.of("status", BallotStatus.DRAFT.name()), Map.of("status", BallotStatus.OPEN.name())));
	}

	private static void requireValid(BallotDraft draft) {
		List<Problem> problems = BallotRules.check(draft);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
	}

	static Map<String, Object> snapshot(BallotDraft draft) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("title", draft.title());
		snapshot.put("kind", draft.kind().name());
		snapshot.put("budget", draft.budget().formatted());
		if (draft.maxChoices() != null) {
			snapshot.put("maxChoices", draft.maxChoices());
		}
		snapshot.put("items", draft.items().stream().map(i -> i.title() + " (" + i.cost().formatted() + ")").toList());
		return snapshot;
	}

	static Map<String, Object> snapshot(BallotView ballot) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("title", ballot.title());
		snapshot.put("kind", ballot.kind().name());
		snapshot.put("budget", ballot.budget().formatted());
		if (ballot.maxChoices() != null) {
			snapshot.put("maxChoices", ballot.maxChoices());
		}
		snapshot.put("status", ballot.status().name());
		snapshot.put("items", ballot.items().stream().map(i -> i.title() + " (" + i.cost().formatted() + ")").toList());
		return snapshot;
	}
}
