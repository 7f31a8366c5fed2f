package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@link VoterPayments} of one Equal Shares run: per purchase its ρ and the supporters who paid less than ρ. */
final class EqualSharesPayments implements VoterPayments {

	private final CountingIndex index;
	private final List<EqualSharesRun.Purchase> purchases;

	EqualSharesPayments(CountingIndex index, List<EqualSharesRun.Purchase> purchases) {
		this.index = index;
		this.purchases = List.copyOf(purchases);
	}

	@Override
	public List<Payment> of(String voterId) {
		Integer voter = index.voterIndex.get(voterId);
		if (voter == null) {
			return List.of();
		}
		List<Payment> payments = new ArrayList<>();
		for (EqualSharesRun.Purchase purchase : purchases) {
			if (Arrays.binarySearch(index.approvedByVoter[voter], purchase.candidate()) < 0) {
				continue;
			}
			int partial = Arrays.binarySearch(purchase.partialPayers(), voter);
			Rational paid = partial >= 0 ? purchase.partialAmount(partial) : purchase.rho();
			if (paid.signum() > 0) {
				payments.add(new Payment(index.id(purchase.candidate()), money(paid)));
			}
		}
		return payments;
	}

	static BigDecimal money(Rational amount) {
		return amount.toBigDecimal(2, RoundingMode.HALF_EVEN);
	}
}
