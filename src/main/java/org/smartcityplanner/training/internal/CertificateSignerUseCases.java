package org.smartcityplanner.training.internal;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.CertificateSigner;
import org.smartcityplanner.training.FieldProblem;

/**
 * Who issues and signs a cohort's certificates, set per cohort on the cohort page and through the API. A cohort of
 * another province is not found ({@link org.smartcityplanner.shared.NotInProvinceException}).
 */
public interface CertificateSignerUseCases {

	/** The cohort's issuer and signer, {@link CertificateSigner#NONE} until set. */
	CertificateSigner signerOf(ProvinceCode province, long cohortId);

	/** Problems of the typed values, empty when they may be saved. */
	List<FieldProblem> check(CertificateSigner signer);

	/**
	 * Sets the cohort's issuer and signer; certificates printed from now on show them.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when {@link #check} finds a problem (nothing saved)
	 */
	CertificateSigner setSigner(ProvinceCode province, long cohortId, CertificateSigner signer);
}
