package org.smartcityplanner.actionplan.optimiser.model;

/**
 * One structured reason why a project is not in a portfolio; see {@link ReasonKind} for which fields each kind
 * fills (the others are {@code null} or {@code 0}).
 *
 * @param kind the reason
 * @param sourceCode source concerned
 * @param fiscalYear fiscal year concerned (B.E.)
 * @param amountSatang money concerned (a shortfall or a cost)
 * @param relatedProjectId another project concerned
 * @param code exclusive group id, dimension code or area id
 */
public record ExclusionReason(ReasonKind kind, String sourceCode, Integer fiscalYear, long amountSatang,
		String relatedProjectId, String code) {

	public static ExclusionReason of(ReasonKind kind) {
		return new ExclusionReason(kind, null, null, 0, null, null);
	}

	public static ExclusionReason shortfall(String sourceCode, int fiscalYear, long amountSatang) {
		return new ExclusionReason(ReasonKind.ENVELOPE_SHORTFALL, sourceCode, fiscalYear, amountSatang, null, null);
	}

	public static ExclusionReason related(ReasonKind kind, String relatedProjectId) {
		return new ExclusionReason(kind, null, null, 0, relatedProjectId, null);
	}
}
