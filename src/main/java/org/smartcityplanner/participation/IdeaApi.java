package org.smartcityplanner.participation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * Citizens' ideas of a province: proposed online or typed from paper, moderated, and answered by acceptance into
 * the plan or a reason. Input that breaks a rule throws
 * {@code org.smartcityplanner.participation.internal.InputProblemsException} (an
 * {@link org.smartcityplanner.shared.InvalidInputException}) naming each field; nothing is stored then. Staff
 * changes carry the version the user saw and throw
 * {@link org.springframework.dao.OptimisticLockingFailureException} when someone changed the idea meanwhile.
 */
public interface IdeaApi {

	/** The key of the ideas tool in the process's phases. */
	String TOOL = "ideas";

	/**
	 * A citizen proposes an idea. Refused ({@link IdeaProposal.Outcome#CLOSED}) while no phase has the ideas tool
	 * open; the same idempotency key stores one idea however often it is sent.
	 *
	 * @param idempotencyKey the form's key, 16–64 of {@code A-Z a-z 0-9 _ -}
	 * @param participantKey who proposes (see {@code participation.web.idea.ParticipantKeys})
	 */
	IdeaProposal propose(ProvinceCode province, IdeaDraft draft, String idempotencyKey, String participantKey);

	/** Staff type an idea written on paper: channel PAPER, the signed-in user recorded and audited. */
	IdeaProposal proposePaper(ProvinceCode province, IdeaDraft draft, String idempotencyKey);

	/**
	 * The proposal stored before under this idempotency key, with its author's link: a retry that the public-form
	 * guard would refuse now (a double tap sent too fast, a replay after the limit) still gets its thanks.
	 */
	Optional<IdeaProposal> storedProposal(ProvinceCode province, String idempotencyKey);

	/** The idea, when it is of this province (hidden ones too: staff pages ask for them). */
	Optional<IdeaView> find(ProvinceCode province, long id);

	/** The idea whose author holds this personal-link secret. */
	Optional<IdeaView> findByAuthorSecret(ProvinceCode province, String secret);

	/** One page of the province's ideas, newest first, with their counts. */
	PageOf<IdeaSummary> list(ProvinceCode province, IdeaFilter filter, Paging paging);

	/** The province's ideas per status, from one grouped query (statuses without ideas are absent). */
	Map<IdeaStatus, Long> countsByStatus(ProvinceCode province);

	/** The idea's history, oldest first. */
	List<IdeaHistoryEntry> history(ProvinceCode province, long id);

	/** A moderator takes a published idea off the public list, with a reason. Audited. */
	IdeaView hide(ProvinceCode province, long id, int version, String reason);

	/** A moderator puts a hidden idea back on the public list. Audited. */
	IdeaView restore(ProvinceCode province, long id, int version);

	/** The idea became a plan item: publishes {@link IdeaAccepted}. Audited. */
	IdeaView accept(ProvinceCode province, long id, int version, ResourceRef planItem, String planItemTitle);

	/** The idea is not taken up, with a reason the author sees: publishes {@link IdeaDeclined}. Audited. */
	IdeaView decline(ProvinceCode province, long id, int version, String reason);

	/** The author rates the answer once, 1–5, with an optional comment, through their personal link. */
	IdeaView rate(ProvinceCode province, String authorSecret, int rating, String comment);
}
