package org.smartcityplanner.participation.internal.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.participation.spi.PlanItemKind;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Accepting an idea takes the plan item from the province's own plan: its title comes from the plan, and a
 * reference the plan does not list for this province (another province's item, a made-up or malformed one, a
 * huge one) is refused before the idea is touched.
 */
class IdeaDecisionsTests {

	static final ProvinceCode HERE = new ProvinceCode("TH-65");
	static final ProvinceCode THERE = new ProvinceCode("TH-64");
	static final PlanItemChoice OURS = new PlanItemChoice(new ResourceRef(PlanItemChoice.TYPE, "item-here"),
			"ตลาดสดอัจฉริยะ", "ECO", PlanItemKind.PROJECT);
	static final PlanItemChoice THEIRS = new PlanItemChoice(new ResourceRef(PlanItemChoice.TYPE, "item-there"),
			"ท่าเรือของจังหวัดอื่น", "ENV", PlanItemKind.PROJECT);

	final List<Object[]> accepted = new ArrayList<>();
	final IdeaDecisions decisions = new IdeaDecisions(recordingIdeas(), provider(new FakeCatalogue()));

	@Test
	void acceptsAnItemOfTheProvincesPlanWithThePlansOwnTitle() {
		decisions.accept(HERE, 7, 3, "plan.item:item-here");
		decisions.accept(HERE, 8, 0, "  item-here ");

		assertThat(accepted).hasSize(2);
		assertThat(accepted.get(0)).containsExactly(HERE, 7L, 3, OURS.ref(), "ตลาดสดอัจฉริยะ");
		assertThat(accepted.get(1)).containsExactly(HERE, 8L, 0, OURS.ref(), "ตลาดสดอัจฉริยะ");
	}

	@Test
	void refusesAnotherProvincesItemAMadeUpOneAndAMalformedOneNamingThePlanItem() {
		for (String foreign : List.of("plan.item:item-there", "item-there", "plan.item:no-such-item",
				"participation.finding:4", "plan.item:../../etc", "x".repeat(1_000_000))) {
			assertThatThrownBy(() -> decisions.accept(HERE, 7, 3, foreign)).isInstanceOf(NotInProvinceException.class)
				.satisfies(e -> {
					NotInProvinceException refused = (NotInProvinceException) e;
					assertThat(refused.field()).isEqualTo("planItem");
					assertThat(refused.id().length()).isLessThanOrEqualTo(65);
				});
		}
		assertThat(accepted).isEmpty();
	}

	@Test
	void aMissingItemIsRequiredAndWithoutAPlanModuleNothingCanBeAccepted() {
		assertThatThrownBy(() -> decisions.accept(HERE, 7, 3, " ")).isInstanceOf(InputProblemsException.class)
			.satisfies(e -> assertThat(((InputProblemsException) e).problems().get(0).field()).isEqualTo("planItem"));
		IdeaDecisions withoutPlan = new IdeaDecisions(recordingIdeas(), provider(null));
		assertThat(withoutPlan.planItems(HERE)).isEmpty();
		assertThatThrownBy(() -> withoutPlan.accept(HERE, 7, 3, "plan.item:item-here"))
			.isInstanceOf(NotInProvinceException.class);
		assertThat(accepted).isEmpty();
	}

	private IdeaApi recordingIdeas() {
		return (IdeaApi) Proxy.newProxyInstance(IdeaApi.class.getClassLoader(), new Class<?>[] { IdeaApi.class },
				(proxy, method, args) -> {
					if (!method.getName().equals("accept")) {
						throw new UnsupportedOperationException(method.getName());
					}
					accepted.add(args);
					return null;
				});
	}

	private static org.springframework.beans.factory.ObjectProvider<PlanItemCatalogue> provider(
			PlanItemCatalogue catalogue) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				catalogue == null ? Map.of() : Map.of("catalogue", catalogue));
		return beans.getBeanProvider(PlanItemCatalogue.class);
	}

	/** One plan per province, as the plan module would answer. */
	private static final class FakeCatalogue implements PlanItemCatalogue {

		@Override
		public List<PlanItemChoice> items(ProvinceCode province) {
			return province.equals(HERE) ? List.of(OURS) : province.equals(THERE) ? List.of(THEIRS) : List.of();
		}

		@Override
		public Optional<PlanItemChoice> find(ProvinceCode province, ResourceRef ref) {
			return items(province).stream().filter(item -> item.ref().equals(ref)).findFirst();
		}
	}
}
