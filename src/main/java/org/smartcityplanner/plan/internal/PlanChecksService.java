package org.smartcityplanner.plan.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.alignment.NationalCatalogue;
import org.smartcityplanner.plan.model.diff.ItemChange;
import org.smartcityplanner.plan.model.diff.PlanDiff;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationEvidence;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.plan.model.readiness.AreaInfo;
import org.smartcityplanner.plan.model.readiness.ParticipationFacts;
import org.smartcityplanner.plan.model.readiness.ReadinessCheck;
import org.smartcityplanner.plan.model.readiness.ReadinessContext;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;

/**
 * Runs the framework-free readiness policies, alignment analysis and diff on the plan, with the context they
 * need from the profile (target areas), participation (the evidence of who took part) and reference data (the
 * national lists).
 */
@Service
class PlanChecksService implements PlanCheckUseCases {

	private final PlanApi plans;
	private final ProfileApi profile;
	private final ReferenceApi reference;
	private final ParticipationApi participation;
	private final ReadinessCheck readinessCheck = ReadinessCheck.standard();

	PlanChecksService(PlanApi plans, ProfileApi profile, ReferenceApi reference, ParticipationApi participation) {
		this.plans = plans;
		this.profile = profile;
		this.reference = reference;
		this.participation = participation;
	}

	@Override
	public Optional<ReadinessReport> readiness(ProvinceCode province) {
		return plans.plan(province).map(plan -> readiness(plan.document()));
	}

	@Override
	public Optional<AlignmentAnalysis> alignment(ProvinceCode province) {
		return plans.plan(province).map(plan -> alignment(plan.document()));
	}

	@Override
	public ReadinessReport readiness(PlanDocument document) {
		return readinessCheck.run(document, context(ProvinceCode.of(document.provinceCode())));
	}

	@Override
	public AlignmentAnalysis alignment(PlanDocument document) {
		return AlignmentAnalysis.of(document, catalogue(ProvinceCode.of(document.provinceCode())));
	}

	@Override
	public Optional<List<ItemChange>> diff(ProvinceCode province, long fromVersionId, Optional<Long> toVersionId) {
		Optional<PlanDocument> from = plans.version(province, fromVersionId);
		Optional<PlanDocument> to = toVersionId.isPresent() ? plans.version(province, toVersionId.get())
				: plans.plan(province).map(plan -> plan.document());
		if (from.isEmpty() || to.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(PlanDiff.between(from.get(), to.get()));
	}

	private ReadinessContext context(ProvinceCode province) {
		Map<Long, AreaInfo> areas = new LinkedHashMap<>();
		profile.areasOf(province).forEach(area -> areas.put(area.id(), AreaFacts.of(area)));
		return ReadinessContext.withDefaults(areas, participationFacts(participation.evidence(province)));
	}

	private static ParticipationFacts participationFacts(ParticipationEvidence evidence) {
		return new ParticipationFacts(evidence.groupMembers(),
				evidence.missingSectors().stream().map(Sector::name).toList(), evidence.meetingsWithMinutes(),
				evidence.publicInputs());
	}

	private NationalCatalogue catalogue(ProvinceCode province) {
		return new NationalCatalogue(codes(ReferenceKind.NATIONAL_STRATEGY), codes(ReferenceKind.NATIONAL_MASTER_PLAN),
				codes(ReferenceKind.NESDP_MILESTONE), codes(ReferenceKind.SDG), AreaFacts.provincialStrategies(profile,
						province),
				new HashSet<>(codes(ReferenceKind.SMART_DIMENSION)), codes(ReferenceKind.THAILAND_40));
	}

	private List<String> codes(ReferenceKind kind) {
		return reference.items(kind).stream().map(ReferenceItem::code).toList();
	}
}
