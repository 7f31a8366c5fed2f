package org.smartcityplanner.engagement.internal.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.LocalizedText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultant pool: every enabled CONSULTANT account with its profile (defaults until an admin saves one),
 * absences and load in a period.
 */
@Service
public class ConsultantPool {

	private final IdentityApi identity;
	private final ReferenceApi reference;
	private final ConsultantProfileRepository profiles;
	private final AbsenceRepository absences;
	private final EngagementTeams teams;
	private final AuditLog audit;

	ConsultantPool(IdentityApi identity, ReferenceApi reference, ConsultantProfileRepository profiles,
			AbsenceRepository absences, EngagementTeams teams, AuditLog audit) {
		this.identity = identity;
		this.reference = reference;
		this.profiles = profiles;
		this.absences = absences;
		this.teams = teams;
		this.audit = audit;
	}

	/** Every consultant with their load in {@code from}–{@code to}, by name. */
	public List<ConsultantView> consultants(LocalDate from, LocalDate to) {
		return consultants(from, to, null);
	}

	/** As {@link #consultants(LocalDate, LocalDate)}, not counting engagement {@code except} in the load. */
	public List<ConsultantView> consultants(LocalDate from, LocalDate to, Long except) {
		List<UserSummary> users = identity.usersWithRole(Role.CONSULTANT);
		Map<Long, ConsultantProfile> byUser = profiles.findAllById(users.stream().map(UserSummary::id).toList())
			.stream().collect(Collectors.toMap(p -> p.userId, Function.identity()));
		Map<Long, List<Absence>> absencesByUser = absences.findAllByOrderByFromDate().stream()
			.collect(Collectors.groupingBy(Absence::userId));
		Map<Long, Integer> loads = teams.loads(from, to, except);
		return users.stream()
			.map(user -> view(user, byUser.get(user.id()), absencesByUser.getOrDefault(user.id(), List.of()),
					loads.getOrDefault(user.id(), 0), from, to))
			.toList();
	}

	/** One consultant, if {@code userId} is an enabled consultant account. */
	public Optional<ConsultantView> consultant(long userId, LocalDate from, LocalDate to) {
		return consultants(from, to).stream().filter(c -> c.userId() == userId).findFirst();
	}

	/** The six regions of the reference data, code to name, in code order. */
	public Map<String, LocalizedText> regions() {
		return reference.provinces().stream()
			.collect(Collectors.toMap(Province::regionCode, Province::region, (a, b) -> a, TreeMap::new));
	}

	@Transactional
	public ConsultantView saveProfile(long userId, ProfileUpdate update) {
		requireConsultant(userId);
		if (update.cap() < 1 || update.cap() > ProfileUpdate.MAX_CAP) {
			throw new InvalidInputException("pool.error.cap", ProfileUpdate.MAX_CAP);
		}
		for (String code : update.dimensions()) {
			if (reference.item(ReferenceKind.SMART_DIMENSION, code).isEmpty()) {
				throw new InvalidInputException("pool.error.dimension", code);
			}
		}
		if (update.homeRegion() != null && !regions().containsKey(update.homeRegion())) {
			throw new InvalidInputException("pool.error.region", update.homeRegion());
		}
		ConsultantProfile profile = profiles.findById(userId).orElseGet(() -> new ConsultantProfile(userId));
		if (!Objects.equals(profile.version, update.version())) {
			throw new OptimisticLockingFailureException("profile " + userId + " changed meanwhile");
		}
		ConsultantView before = profile.version == null ? null : today(userId);
		profile.update(update.rank(), update.tags(), update.dimensions(), update.homeRegion(), update.cap());
		profiles.save(profile);
		ConsultantView after = today(userId);
		audit.record(new AuditChange("consultant-profile", String.valueOf(userId), before == null ? "created"
				: "updated", null, before, after));
		return after;
	}

	@Transactional
	public ConsultantView.AbsenceView addAbsence(long userId, LocalDate from, LocalDate to, AbsenceKind kind,
			String note) {
		requireConsultant(userId);
		if (to.isBefore(from)) {
			throw new InvalidInputException("pool.error.absenceEndsBeforeStart");
		}
		if (profiles.findById(userId).isEmpty()) { // absences hang off the profile
			profiles.save(new ConsultantProfile(userId));
		}
		Absence saved = absences.save(new Absence(null, userId, from, to, kind.name(),
				note == null ? "" : note.strip()));
		audit.record(new AuditChange("consultant-absence", String.valueOf(saved.id()), "created", null, null, saved));
		return view(saved);
	}

	/** Removes one of the consultant's absences; false when {@code absenceId} is not theirs. */
	@Transactional
	public boolean removeAbsence(long userId, long absenceId) {
		Optional<Absence> absence = absences.findById(absenceId).filter(a -> a.userId() == userId);
		absence.ifPresent(a -> {
			absences.delete(a);
			audit.record(new AuditChange("consultant-absence", String.valueOf(absenceId), "deleted", null, a, null));
		});
		return absence.isPresent();
	}

	private void requireConsultant(long userId) {
		if (identity.usersWithRole(Role.CONSULTANT).stream().noneMatch(u -> u.id() == userId)) {
			throw new InvalidInputException("validation.team.notConsultant");
		}
	}

	private ConsultantView today(long userId) {
		LocalDate today = LocalDate.now();
		return consultant(userId, today, today).orElseThrow();
	}

	private static ConsultantView view(UserSummary user, ConsultantProfile profile, List<Absence> absences, int load,
			LocalDate from, LocalDate to) {
		ConsultantProfile p = profile == null ? new ConsultantProfile(user.id()) : profile;
		List<ConsultantView.AbsenceView> absenceViews = absences.stream().map(ConsultantPool::view).toList();
		return new ConsultantView(user.id(), user.displayName(), p.rank(), p.tagSet(), p.dimensionSet(),
				p.homeRegion, p.engagementCap, load, absenceViews, daysAway(absences, from, to), p.version);
	}

	/** Days of the period covered by at least one absence (overlapping absences counted once). */
	static int daysAway(List<Absence> absences, LocalDate from, LocalDate to) {
		List<Absence> sorted = new ArrayList<>(absences);
		sorted.sort(Comparator.comparing(Absence::fromDate));
		long days = 0;
		LocalDate countedUpTo = from.minusDays(1);
		for (Absence absence : sorted) {
			LocalDate start = absence.fromDate().isAfter(countedUpTo) ? absence.fromDate() : countedUpTo.plusDays(1);
			days += new Absence(null, 0, start, absence.toDate(), absence.kind(), "").daysWithin(from, to);
			if (absence.toDate().isAfter(countedUpTo)) {
				countedUpTo = absence.toDate();
			}
		}
		return (int) days;
	}

	private static ConsultantView.AbsenceView view(Absence absence) {
		return new ConsultantView.AbsenceView(absence.id(), absence.fromDate(), absence.toDate(),
				AbsenceKind.valueOf(absence.kind()), absence.note());
	}
}
