package org.smartcityplanner.training.web;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.CertificateSigner;
import org.smartcityplanner.training.internal.CertificateSignerUseCases;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The issuer and signer of a cohort's certificates over the API. A refused value answers 400 problem+json naming
 * the field in the caller's language; a cohort of another province answers 404.
 */
@RestController
@Tag(name = "Training")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class CertificateSignerApiController {

	private final CertificateSignerUseCases signers;

	CertificateSignerApiController(CertificateSignerUseCases signers) {
		this.signers = signers;
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/training/cohorts/{cohortId}/certificate-signer")
	@Operation(summary = "Who issues and signs the cohort's certificates (empty strings until set)")
	SignerJson get(@Parameter(example = "TH-65") @PathVariable String provinceCode, @PathVariable long cohortId) {
		return SignerJson.of(signers.signerOf(ProvinceCode.of(provinceCode), cohortId));
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/training/cohorts/{cohortId}/certificate-signer")
	@Operation(summary = "Sets who issues and signs the cohort's certificates; printed on certificates from now on")
	SignerJson put(@Parameter(example = "TH-65") @PathVariable String provinceCode, @PathVariable long cohortId,
			@RequestBody SignerJson body) {
		return SignerJson.of(signers.setSigner(ProvinceCode.of(provinceCode), cohortId, body.signer()));
	}

	/**
	 * The issuer and signer.
	 *
	 * @param issuingAgency the agency named as issuer
	 * @param signerName the signing official's full name
	 * @param signerPosition the official's position
	 */
	record SignerJson(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "สำนักงานจังหวัดพิษณุโลก") String issuingAgency,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "นายสมมุติ ตัวอย่าง") String signerName,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "ผู้ว่าราชการจังหวัดพิษณุโลก") String signerPosition) {

		static SignerJson of(CertificateSigner signer) {
			return new SignerJson(signer.issuingAgency(), signer.signerName(), signer.signerPosition());
		}

		CertificateSigner signer() {
			return new CertificateSigner(issuingAgency, signerName, signerPosition);
		}
	}
}
