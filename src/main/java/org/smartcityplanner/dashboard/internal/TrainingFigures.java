package org.smartcityplanner.dashboard.internal;

import org.smartcityplanner.training.CertificateIssued;
import org.smartcityplanner.training.TraineeRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model's training figures: trainees registered and certified per province. Counting trainee ids
 * makes a repeated delivery harmless; listener ids are fixed for republishing after a restart.
 */
@Component
class TrainingFigures {

	private final FiguresSeeder seeder;
	private final FiguresStore store;

	TrainingFigures(FiguresSeeder seeder, FiguresStore store) {
		this.seeder = seeder;
		this.store = store;
	}

	@ApplicationModuleListener(id = "dashboard.trainee-registered")
	void on(TraineeRegistered event) {
		seeder.ensureSeen(event.province());
		store.traineeRegistered(event.province(), event.traineeId());
	}

	@ApplicationModuleListener(id = "dashboard.certificate-issued")
	void on(CertificateIssued event) {
		seeder.ensureSeen(event.province());
		store.certified(event.province(), event.traineeId());
	}
}
