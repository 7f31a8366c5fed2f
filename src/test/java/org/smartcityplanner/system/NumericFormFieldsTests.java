package org.smartcityplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.NumberInput;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.validation.DataBinder;

/**
 * Every numeric field of every form-backing class (the {@code *Form} classes of the web packages, found on the
 * class path, so a new form is covered without touching this test) takes "35,000" and "๓๕,๐๐๐" as 35000 through
 * the formatters the application registers (issue 17): typed fields ({@code Integer}, {@code Long},
 * {@code BigDecimal}, maps of them) and text fields marked {@link NumberInput}, which reach their rule as "35000".
 */
class NumericFormFieldsTests {

	private static final Set<Class<?>> NUMBER_TYPES = Set.of(Integer.class, int.class, Long.class, long.class,
			BigDecimal.class, Double.class, double.class);

	/** The application's own registration, not a copy of it. */
	private static final DefaultFormattingConversionService CONVERSIONS = conversions();

	private static DefaultFormattingConversionService conversions() {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		new SystemConfig().addFormatters(conversions);
		return conversions;
	}

	/** One numeric field: the form class, the property path to bind and what the field is. */
	record NumericField(Class<?> form, String path, boolean text) {

		@Override
		public String toString() {
			return form.getSimpleName() + "." + path;
		}
	}

	static List<NumericField> numericFields() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*\\.web\\..*Form")));
		List<NumericField> fields = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.smartcityplanner")) {
			Class<?> form = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (form.isRecord() || form.isInterface() || Modifier.isAbstract(form.getModifiers())) {
				continue;
			}
			for (Class<?> type = form; type != Object.class; type = type.getSuperclass()) {
				for (Field field : type.getDeclaredFields()) {
					numericField(form, field).ifPresent(fields::add);
				}
			}
		}
		return fields;
	}

	private static java.util.Optional<NumericField> numericField(Class<?> form, Field field) {
		if (Modifier.isStatic(field.getModifiers())) {
			return java.util.Optional.empty();
		}
		if (NUMBER_TYPES.contains(field.getType())) {
			return java.util.Optional.of(new NumericField(form, field.getName(), false));
		}
		if (field.isAnnotationPresent(NumberInput.class)) {
			String path = Map.class.isAssignableFrom(field.getType()) ? field.getName() + "[KEY]" : field.getName();
			return java.util.Optional.of(new NumericField(form, path, true));
		}
		if (Map.class.isAssignableFrom(field.getType())
				&& field.getGenericType() instanceof ParameterizedType map) {
			Type value = map.getActualTypeArguments()[1];
			Type key = map.getActualTypeArguments()[0];
			if (value instanceof Class<?> valueClass && NUMBER_TYPES.contains(valueClass)) {
				return java.util.Optional.of(new NumericField(form, field.getName() + "[" + (key == Integer.class ? "2570" : "KEY") + "]",
						false));
			}
		}
		return java.util.Optional.empty();
	}

	static Stream<Arguments> fieldsAndInputs() {
		return numericFields().stream()
			.flatMap(field -> Stream.of(Arguments.of(field, "35,000"), Arguments.of(field, "๓๕,๐๐๐")));
	}

	@ParameterizedTest(name = "{0} takes \"{1}\"")
	@MethodSource("fieldsAndInputs")
	void everyNumericFormFieldTakesThousandsSeparatorsAndThaiDigits(NumericField field, String typed) {
		Object form = BeanUtils.instantiateClass(field.form());
		DataBinder binder = new DataBinder(form);
		binder.setConversionService(CONVERSIONS);
		binder.bind(new MutablePropertyValues(Map.of(field.path(), typed)));

		assertThat(binder.getBindingResult().getAllErrors()).as(field + " with " + typed).isEmpty();
		Object value = new BeanWrapperImpl(form).getPropertyValue(field.path());
		if (field.text()) {
			assertThat(value).isEqualTo("35000");
		}
		else {
			assertThat(new BigDecimal(String.valueOf(value))).isEqualByComparingTo("35000");
		}
	}

	@Test
	void theFormsOfTheIssueAreAmongThem() {
		assertThat(numericFields()).extracting(NumericField::toString).contains("AreaForm.population",
				"AreaForm.areaSqKm", "ProjectForm.estimatedTotal", "ProjectForm.budget[2570]", "KpiForm.baselineValue",
				"KpiForm.targets[2570]", "CohortForm.capacity", "SettingsForm.target[KEY]", "BaselineForm.value");
	}

	@Test
	void textThatIsNotANumberReachesItsRuleAsTypedAndATypedFieldRefusesIt() {
		Object form = BeanUtils.instantiateClass(ClassUtils.resolveClassName(
				"org.smartcityplanner.training.web.CohortForm", null));
		DataBinder binder = new DataBinder(form);
		binder.setConversionService(CONVERSIONS);
		binder.bind(new MutablePropertyValues(Map.of("capacity", "12,50")));
		assertThat(new BeanWrapperImpl(form).getPropertyValue("capacity")).isEqualTo("12,50");

		Object area = BeanUtils.instantiateClass(ClassUtils.resolveClassName(
				"org.smartcityplanner.profile.web.AreaForm", null));
		DataBinder areaBinder = new DataBinder(area);
		areaBinder.setConversionService(CONVERSIONS);
		areaBinder.bind(new MutablePropertyValues(Map.of("population", "35,00")));
		assertThat(areaBinder.getBindingResult().getFieldError("population")).isNotNull();
		assertThat(areaBinder.getBindingResult().getFieldError("population").getCode()).isEqualTo("typeMismatch");
	}
}
