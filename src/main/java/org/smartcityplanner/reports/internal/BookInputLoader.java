package org.smartcityplanner.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.ActionPlanApi;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanChecks;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.ProvinceOutline;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.reports.book.BookInput;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.reports.book.BudgetBySource;
import org.smartcityplanner.publication.ChapterContribution;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.publication.PublicationModels;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads everything a master-plan book is made of through the other modules' public APIs, and the chapters the
 * modules contribute through the publication contract ({@code publication}).
 */
@Component
class BookInputLoader {

	private static final List<ReferenceKind> KINDS = List.of(ReferenceKind.SMART_DIMENSION,
			ReferenceKind.NATIONAL_STRATEGY, ReferenceKind.NATIONAL_MASTER_PLAN, ReferenceKind.NESDP_MILESTONE,
			ReferenceKind.SDG, ReferenceKind.THAILAND_40);

	private final PlanApi plans;
	private final PlanChecks checks;
	private final ProfileApi profile;
	private final ReferenceApi reference;
	private final List<PublicationContributor> contributors;
	private final IdentityApi identity;
	private final ActionPlanApi actionPlans;
	private final MessageSource messages;

	BookInputLoader(PlanApi plans, PlanChecks checks, ProfileApi profile, ReferenceApi reference,
			List<PublicationContributor> contributors, IdentityApi identity, ActionPlanApi actionPlans,
			MessageSource messages) {
		this.identity = identity;
		this.actionPlans = actionPlans;
		this.messages = messages;
		this.plans = plans;
		this.checks = checks;
		this.profile = profile;
		this.reference = reference;
		this.contributors = contributors;
	}

	/** The version's summary, if it is one of the province's saved versions. */
	PlanVersionSummary version(ProvinceCode province, long versionId) {
		return plans.versions(province).stream().filter(version -> version.id() == versionId).findFirst()
			.orElseThrow(() -> new InvalidInputException("reports.error.noVersion"));
	}

	BookInput load(ProvinceCode province, long versionId, DocumentLanguage language) {
		return load(province, versionId, new MessageBookTexts(messages, language));
	}

	BookInput load(ProvinceCode province, long versionId, BookTexts texts) {
		DocumentLanguage language = texts.language();
		PlanVersionSummary version = version(province, versionId);
		PlanDocument document = plans.version(province, versionId)
			.orElseThrow(() -> new InvalidInputException("reports.error.noVersion"));
		List<TargetAreaView> areas = new ArrayList<>(profile.areasOf(province));
		areas.sort(Comparator.comparingLong(TargetAreaView::id));
		List<AreaBoundary> boundaries = new ArrayList<>(profile.boundariesOf(province));
		boundaries.sort(Comparator.comparingLong(boundary -> boundary.area().id()));
		List<ReferenceItem> items = new ArrayList<>();
		KINDS.forEach(kind -> items.addAll(reference.items(kind)));
		LocalizedText provinceName = reference.province(province).map(p -> p.name())
			.orElse(new LocalizedText(province.value(), province.value()));
		Map<String, List<Block>> contributed = new LinkedHashMap<>();
		for (PublicationContributor contributor : contributors) {
			for (ChapterContribution chapter : contributor.bookChapters(province, language.locale())) {
				// two contributions to one slot are printed one after the other
				contributed.computeIfAbsent(chapter.key(), key -> new ArrayList<>())
					.addAll(PublicationModels.blocks(chapter.parts(), texts.thaiNumerals()));
			}
		}
		String savedBy = identity.userByUsername(version.createdBy()).map(UserSummary::displayName)
			.orElse(version.createdBy());
		String outline = profile.provinceOutline(province).map(ProvinceOutline::geoJson).orElse(null);
		contributed.put(BudgetBySource.KEY, budgetBySource(province, texts));
		return new BookInput(provinceName, version, document, areas, boundaries, profile.contextOf(province).parts(),
				profile.swotOf(province, null).lists(), profile.strategiesOf(province), items,
				checks.readiness(document), checks.alignment(document), contributed, savedBy, outline);
	}

	/** Section 12.1 from the adopted action plan's items: the funding of each source per fiscal year. */
	private List<Block> budgetBySource(ProvinceCode province, BookTexts texts) {
		Map<String, String> sources = new LinkedHashMap<>();
		actionPlans.sourceRules().forEach(source -> sources.put(source.code(), source.name().in(texts.locale())));
		BudgetBySource section = new BudgetBySource(sources);
		actionPlans.actionItems(province).forEach(item -> section.add(item.projectId(), item.year(), item.funding()));
		return section.blocks(texts);
	}
}
