package org.smartcityplanner.participation.domain.ballot.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Independent checks on thousands of small random elections (small whole costs, so exact ties are frequent):
 * Equal Shares against {@link NaiveEqualShares}; greedy against the one candidate order, found by brute force over
 * all orders, that the tie rule allows; completion's promises about money.
 */
class CountingCrossCheckTests {

	private static final int ELECTIONS = 3000;

	@Test
	void equalSharesAgreesWithTheNaiveDefinition() {
		Random random = new Random(15);
		for (int i = 0; i < ELECTIONS; i++) {
			Election election = Elections.random(random);
			assertThat(EqualSharesCount.countWithoutCompletion(election).selected()).as("election %d: %s", i, election)
					.containsExactlyElementsOf(NaiveEqualShares.select(election));
		}
	}

	/** Hundreds of voters: money classes outgrow their first arrays, and the exact sums run over many shares. */
	@Test
	void equalSharesAgreesWithTheNaiveDefinitionOnElectionsOfHundredsOfVoters() {
		Random random = new Random(19);
		for (int i = 0; i < 60; i++) {
			Election election = Elections.medium(random);
			assertThat(EqualSharesCount.countWithoutCompletion(election).selected()).as("election %d", i)
					.containsExactlyElementsOf(NaiveEqualShares.select(election));
		}
	}

	@Test
	void greedyFollowsTheOnlyOrderTheTieRuleAllows() {
		Random random = new Random(16);
		for (int i = 0; i < ELECTIONS; i++) {
			Election election = Elections.random(random);
			assertThat(GreedyCount.count(election).selected()).as("election %d: %s", i, election)
					.containsExactlyElementsOf(bruteForceGreedy(election));
		}
	}

	@Test
	void completionNeverOverspendsAndLeavesLessThanAnyAffordableSupportedProject() {
		Random random = new Random(17);
		for (int i = 0; i < ELECTIONS; i++) {
			Election election = Elections.random(random);
			for (Outcome outcome : List.of(EqualSharesCount.count(election),
					EqualSharesCount.count(election, Math.max(1, election.ballots().size())))) {
				long spent = election.candidates().stream().filter(c -> outcome.selected().contains(c.id()))
						.mapToLong(Candidate::cost).sum();
				assertThat(outcome.spent()).isEqualTo(spent).isLessThanOrEqualTo(election.budget());
				long left = election.budget() - spent;
				Map<String, Long> approvals = election.approvals();
				assertThat(election.candidates()).as("election %d: %s", i, election)
						.filteredOn(c -> !outcome.selected().contains(c.id()) && approvals.get(c.id()) > 0)
						.allSatisfy(c -> assertThat(c.cost()).isGreaterThan(left));
				assertThat(new HashSet<>(outcome.selected())).hasSameSizeAs(outcome.selected());
			}
		}
	}

	@Test
	void everyVotersPaymentsAddUpToTheCostOfWhatEqualSharesBought() {
		Random random = new Random(18);
		for (int i = 0; i < 500; i++) {
			Election election = Elections.random(random);
			Outcome outcome = EqualSharesCount.countWithoutCompletion(election);
			for (String id : outcome.selected()) {
				java.math.BigDecimal paid = election.ballots().stream()
						.flatMap(ballot -> outcome.paymentsOf(ballot.voterId()).stream())
						.filter(payment -> payment.candidateId().equals(id)).map(Payment::amount)
						.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
				// each payment is rounded to 0.01, so the sum is within half a cent per payer of the cost
				assertThat(paid.subtract(java.math.BigDecimal.valueOf(election.candidate(id).cost())).abs())
						.isLessThanOrEqualTo(new java.math.BigDecimal("0.005").multiply(
								java.math.BigDecimal.valueOf(election.ballots().size())));
			}
		}
	}

	/** Tries every order of the candidates, keeps the one in which no neighbour pair breaks the tie rule. */
	private static List<String> bruteForceGreedy(Election election) {
		Map<String, Long> approvals = election.approvals();
		List<Candidate> candidates = election.candidates();
		Comparator<Integer> rule = Comparator.<Integer>comparingLong(c -> -approvals.get(candidates.get(c).id()))
				.thenComparingLong(c -> candidates.get(c).cost()).thenComparingInt(c -> c);
		List<List<Integer>> allowed = new ArrayList<>();
		permutations(new ArrayList<>(), new HashSet<>(), candidates.size(), order -> {
			for (int k = 1; k < order.size(); k++) {
				if (rule.compare(order.get(k - 1), order.get(k)) > 0) {
					return;
				}
			}
			allowed.add(List.copyOf(order));
		});
		assertThat(allowed).hasSize(1);
		List<String> selected = new ArrayList<>();
		long left = election.budget();
		for (int c : allowed.get(0)) {
			Candidate candidate = candidates.get(c);
			if (approvals.get(candidate.id()) > 0 && candidate.cost() <= left) {
				selected.add(candidate.id());
				left -= candidate.cost();
			}
		}
		return selected;
	}

	private static void permutations(List<Integer> prefix, Set<Integer> used, int size,
			java.util.function.Consumer<List<Integer>> each) {
		if (prefix.size() == size) {
			each.accept(prefix);
			return;
		}
		for (int c = 0; c < size; c++) {
			if (used.add(c)) {
				prefix.add(c);
				permutations(prefix, used, size, each);
				prefix.remove(prefix.size() - 1);
				used.remove(c);
			}
		}
	}
}
