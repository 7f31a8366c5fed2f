package org.smartcityplanner.training.internal.demo;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CertificateSignerUseCases;
import org.smartcityplanner.training.internal.CertificateUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.CurriculumUseCases;
import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's training cohort of 65 trainees (see {@link DemoTraining}); the demo consultants, found through
 * {@link IdentityApi}, are its trainers.
 */
@Component
@Profile("!prod")
class TrainingDemoSeed implements DemoSeed {

	private final DemoTraining.Apis apis;
	private final MaterialFileUseCases materialFiles;

	TrainingDemoSeed(CohortUseCases cohorts, CurriculumUseCases curriculum, RegistrationUseCases registrations,
			AttendanceUseCases attendance, AssessmentUseCases assessment, CertificateUseCases certificates, IdentityApi identity,
			CertificateSignerUseCases signers, MaterialFileUseCases materialFiles) {
		this.materialFiles = materialFiles;
		this.apis = new DemoTraining.Apis(cohorts, curriculum, registrations, attendance, assessment, certificates,
				identity, signers);
	}

	@Override
	public int order() {
		return TRAINING;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !apis.cohorts().cohortsOf(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		DemoTraining.seed(province, apis);
		DemoMaterialFiles.attach(materialFiles);
	}
}
