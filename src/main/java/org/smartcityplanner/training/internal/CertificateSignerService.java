package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.CertificateSigner;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.domain.SignerRules;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the issuer and signer in the cohort's row; every change is audited with before and after. */
@Service
class CertificateSignerService implements CertificateSignerUseCases {

	private final JdbcClient jdbc;
	private final TrainingOwnership owned;
	private final AuditLog audit;

	CertificateSignerService(JdbcClient jdbc, TrainingOwnership owned, AuditLog audit) {
		this.jdbc = jdbc;
		this.owned = owned;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public CertificateSigner signerOf(ProvinceCode province, long cohortId) {
		owned.cohort(province, cohortId);
		return read(cohortId);
	}

	@Override
	public List<FieldProblem> check(CertificateSigner signer) {
		return SignerRules.problemsOf(signer);
	}

	@Override
	@Transactional
	public CertificateSigner setSigner(ProvinceCode province, long cohortId, CertificateSigner signer) {
		owned.cohort(province, cohortId);
		List<FieldProblem> problems = check(signer);
		if (!problems.isEmpty()) {
			// "<field>: <problem>" in the reader's language, both parts resolved by the message source
			FieldProblem first = problems.get(0);
			throw new InvalidInputException("training.signer.invalid",
					new DefaultMessageSourceResolvable(new String[] { "training.signer." + first.field() }, null,
							first.field()),
					new DefaultMessageSourceResolvable(new String[] { first.messageKey() },
							first.arguments().toArray(), first.messageKey()));
		}
		CertificateSigner before = read(cohortId);
		jdbc.sql("""
				update trn_cohort set issuing_agency = ?, signer_name = ?, signer_position = ?,
				lock_version = lock_version + 1 where id = ? and province_code = ?""")
			.params(signer.issuingAgency(), signer.signerName(), signer.signerPosition(), cohortId, province.value())
			.update();
		audit.record(new AuditChange("training-cohort", String.valueOf(cohortId), "certificate-signer-set", province,
				snapshot(before), snapshot(signer)));
		return read(cohortId);
	}

	private CertificateSigner read(long cohortId) {
		return jdbc.sql("select issuing_agency, signer_name, signer_position from trn_cohort where id = ?")
			.param(cohortId)
			.query((rs, n) -> new CertificateSigner(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	private static Map<String, String> snapshot(CertificateSigner signer) {
		return Map.of("issuingAgency", signer.issuingAgency(), "signerName", signer.signerName(), "signerPosition",
				signer.signerPosition());
	}
}
