package org.smartcityplanner.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every plan page needs: the loaded plan, the lists to choose from (dimensions, national items, areas,
 * the plan's years) and turning a refused save into a message on the form.
 */
@Component
class PlanPageSupport {

	private final PlanUseCases plans;
	private final ReferenceApi reference;
	private final ProfileApi profile;
	private final MessageSource messages;

	PlanPageSupport(PlanUseCases plans, ReferenceApi reference, ProfileApi profile, MessageSource messages) {
		this.plans = plans;
		this.reference = reference;
		this.profile = profile;
		this.messages = messages;
	}

	Optional<LoadedPlan> plan(String provinceCode) {
		return plans.plan(ProvinceCode.of(provinceCode));
	}

	/** The plan, or off to the start page when there is none yet. */
	LoadedPlan require(String provinceCode) {
		return plan(provinceCode).orElseThrow(() -> new PlanNotStartedException(provinceCode));
	}

	/**
	 * The plan for an edit form; a submitted or approved plan has none, so its plan page (which says why) is shown
	 * instead.
	 */
	LoadedPlan requireEditable(String provinceCode) {
		LoadedPlan plan = require(provinceCode);
		if (!plan.header().editable()) {
			throw new PlanReadOnlyException(provinceCode);
		}
		return plan;
	}

	/** The choices the item forms offer. */
	void addChoices(Model model, LoadedPlan plan) {
		model.addAttribute("plan", plan);
		model.addAttribute("years", plan.header().period().years().stream().map(y -> y.buddhistYear()).toList());
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("nationalStrategies", reference.items(ReferenceKind.NATIONAL_STRATEGY));
		model.addAttribute("masterPlans", reference.items(ReferenceKind.NATIONAL_MASTER_PLAN));
		model.addAttribute("milestones", reference.items(ReferenceKind.NESDP_MILESTONE));
		model.addAttribute("sdgs", reference.items(ReferenceKind.SDG));
		model.addAttribute("thailand40", reference.items(ReferenceKind.THAILAND_40));
		model.addAttribute("areas", profile.areasOf(plan.header().province()));
		model.addAttribute("provincialStrategies", profile.strategiesOf(plan.header().province()));
		model.addAttribute("indicatorsByDimension", reference.indicators().stream()
			.collect(Collectors.groupingBy(indicator -> indicator.dimension(), java.util.LinkedHashMap::new,
					Collectors.toList())));
		if (model.getAttribute("kpiForm") instanceof KpiForm kpiForm) {
			KpiYears.addTo(model, plan, kpiForm);
		}
	}

	/** Plans up to this many projects show every dimension unfolded; larger ones one dimension at a time. */
	static final int UNFOLDED_PROJECT_LIMIT = 150;

	/**
	 * The plan tree grouped by dimension. A large plan (hundreds of projects) would make a page of megabytes, so
	 * then only {@code dimension} (or the first dimension with goals) is unfolded and the others show counts;
	 * {@code ALL} unfolds everything on request.
	 */
	void addTree(Model model, LoadedPlan plan, String dimension) {
		addTree(model, plan);
		@SuppressWarnings("unchecked")
		Map<String, List<Goal>> goalsByDimension = (Map<String, List<Goal>>) model.getAttribute("goalsByDimension");
		@SuppressWarnings("unchecked")
		Map<String, List<Kpi>> kpisByOwner = (Map<String, List<Kpi>>) model.getAttribute("kpisByOwner");
		java.util.Set<String> unfolded = new java.util.LinkedHashSet<>();
		long projects = plan.document().projects().count();
		if ("ALL".equals(dimension) || (dimension == null && projects <= UNFOLDED_PROJECT_LIMIT)) {
			unfolded.addAll(goalsByDimension.keySet());
		}
		else if (dimension != null && goalsByDimension.containsKey(dimension)) {
			unfolded.add(dimension);
		}
		else {
			reference.items(ReferenceKind.SMART_DIMENSION).stream().map(ReferenceItem::code)
				.filter(goalsByDimension::containsKey).findFirst().ifPresent(unfolded::add);
		}
		Map<String, DimensionSummary> summaries = new HashMap<>();
		goalsByDimension.forEach((code, goals) -> summaries.put(code, DimensionSummary.of(goals, kpisByOwner)));
		model.addAttribute("unfolded", unfolded);
		model.addAttribute("summaries", summaries);
		model.addAttribute("foldable", projects > UNFOLDED_PROJECT_LIMIT);
	}

	private void addTree(Model model, LoadedPlan plan) {
		List<ReferenceItem> dimensions = reference.items(ReferenceKind.SMART_DIMENSION);
		Map<String, List<Goal>> goalsByDimension = plan.document().goals().stream()
			.collect(Collectors.groupingBy(Goal::dimension));
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("goalsByDimension", goalsByDimension);
		Map<String, List<Kpi>> kpisByOwner = plan.document().kpis().stream()
			.collect(Collectors.groupingBy(kpi -> kpi.ownerId().value()));
		model.addAttribute("kpisByOwner", kpisByOwner);
		Map<Long, String> areaNames = new HashMap<>();
		profile.areasOf(plan.header().province())
			.forEach(area -> areaNames.put(area.id(), area.name().in(LocaleContextHolder.getLocale())));
		model.addAttribute("areaNames", areaNames);
		model.addAttribute("projectCount", plan.document().projects().count());
	}

	/** A finding's text in the user's language. */
	String text(String key, java.util.List<String> args) {
		return messages.getMessage(key, args.toArray(), key, LocaleContextHolder.getLocale());
	}

	/**
	 * A readiness finding's arguments in the user's language: in English a goal, project or KPI is named by its
	 * English name, or by its Thai name marked as not translated when it has none.
	 */
	java.util.List<String> findingArgs(org.smartcityplanner.plan.model.readiness.Finding finding) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		if (!java.util.Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return finding.args();
		}
		return finding.englishArgs(thai -> messages.getMessage("readiness.untranslated", new Object[] { thai }, locale));
	}

	/** Puts a refused save on the form as a global error in the user's language. */
	void reject(BindingResult errors, InvalidInputException refused) {
		String reason = messages.getMessage(refused.messageKey(), refused.arguments().toArray(), refused.messageKey(),
				LocaleContextHolder.getLocale());
		errors.reject("plan.refused", new Object[] { reason }, reason);
	}

	static Optional<Goal> goal(LoadedPlan plan, String id) {
		return plan.document().goals().stream().filter(goal -> goal.id().value().equals(id)).findFirst();
	}

	static Optional<Strategy> strategy(LoadedPlan plan, String id) {
		return plan.document().strategies().filter(strategy -> strategy.id().value().equals(id)).findFirst();
	}

	static Optional<Project> project(LoadedPlan plan, String id) {
		return plan.document().projects().filter(project -> project.id().value().equals(id)).findFirst();
	}

	static Optional<Kpi> kpi(LoadedPlan plan, String id) {
		return plan.document().kpis().stream().filter(kpi -> kpi.id().value().equals(id)).findFirst();
	}

	/** The strategy a project sits under. */
	static Optional<Strategy> strategyOf(LoadedPlan plan, String projectId) {
		return plan.document().strategies()
			.filter(strategy -> strategy.projects().stream().anyMatch(p -> p.id().value().equals(projectId)))
			.findFirst();
	}

	/**
	 * Like {@link #save}, for an edit of an existing item: when someone else saved the item since the form was
	 * loaded, the form comes back with their values shown, the user's input kept and the current version set,
	 * so saving again deliberately applies the user's change.
	 *
	 * @param current the item as it is saved now
	 * @param formVersion receives the item's current version
	 */
	String update(BindingResult errors, Model model, LoadedPlan plan, RedirectAttributes redirect, String view,
			ItemId id, Object current, java.util.function.IntConsumer formVersion, Runnable action) {
		try {
			return save(errors, model, plan, redirect, view, id, action);
		}
		catch (org.springframework.dao.OptimisticLockingFailureException conflict) {
			addChoices(model, plan);
			model.addAttribute("conflictItem", PlanWeb.summary(current));
			formVersion.accept(plan.versionOf(id.value()));
			errors.reject("plan.conflict");
			return view;
		}
	}

	/**
	 * Runs a save unless the form has errors; a rule the save breaks (the plan being read-only too) comes back on
	 * the form with the user's input. On success the user returns to the plan tree at the saved item. The lists to
	 * choose from are read only when the form is shown again, not on every successful save.
	 */
	String save(BindingResult errors, Model model, LoadedPlan plan, RedirectAttributes redirect, String view,
			ItemId anchor, Runnable action) {
		if (errors.hasErrors()) {
			addChoices(model, plan);
			return view;
		}
		try {
			action.run();
		}
		catch (InvalidInputException refused) {
			reject(errors, refused);
			addChoices(model, plan);
			return view;
		}
		redirect.addFlashAttribute("flashSuccess", "plan.saved");
		return PlanController.redirectToPlan(plan.header().province().value()) + "#item-" + anchor.value();
	}

	/** The item's title for the heading; 404 when the id is not in this province's plan. */
	static String itemLabel(LoadedPlan plan, String itemId) {
		return goal(plan, itemId).map(goal -> goal.title())
			.or(() -> strategy(plan, itemId).map(strategy -> strategy.title()))
			.or(() -> project(plan, itemId).map(project -> project.name()))
			.or(() -> kpi(plan, itemId).map(kpi -> kpi.name()))
			.orElseThrow(PlanWeb::notFound);
	}
}
