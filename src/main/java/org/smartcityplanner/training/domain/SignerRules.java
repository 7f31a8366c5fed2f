package org.smartcityplanner.training.domain;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.training.CertificateSigner;
import org.smartcityplanner.training.FieldProblem;

/**
 * What a certificate's issuer and signer need: all three fields, each a single line of at most 200 characters. A
 * certificate that names an agency but no signer (or a signer without a position) is not a certificate anyone
 * can check, so the three are set together.
 */
public final class SignerRules {

	public static final int MAX_LENGTH = 200;

	private SignerRules() {
	}

	public static List<FieldProblem> problemsOf(CertificateSigner signer) {
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "issuingAgency", signer.issuingAgency());
		check(problems, "signerName", signer.signerName());
		check(problems, "signerPosition", signer.signerPosition());
		return problems;
	}

	private static void check(List<FieldProblem> problems, String field, String value) {
		if (value.isEmpty()) {
			problems.add(FieldProblem.of(field, "training.field.required"));
		}
		else if (value.length() > MAX_LENGTH) {
			problems.add(FieldProblem.of(field, "training.field.tooLong", MAX_LENGTH));
		}
		else if (value.chars().anyMatch(c -> c < 0x20)) {
			problems.add(FieldProblem.of(field, "training.signer.oneLine"));
		}
	}
}
