package org.smartcityplanner.monitoring.domain.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * What values a KPI's unit accepts, read from the unit's text as the plan writes it:
 * <ul>
 * <li>PERCENT ("%", "ร้อยละ", "percent"): 0–100, up to two decimals;</li>
 * <li>COUNT (people, times, places, households, items, projects — "คน", "ครั้ง", "แห่ง", "ราย", "ครัวเรือน",
 * "โครงการ", "จุด", "ชิ้น", "ระบบ", "เรื่อง", "หน่วย", ...): a whole number, 0 or more;</li>
 * <li>MEASURE (everything else: µg/m³, baht, minutes, tonnes): a number 0 or more, up to four decimals.</li>
 * </ul>
 * Negative values are refused for every unit: none of the plan's units can go below zero.
 */
public enum UnitKind {
	PERCENT, COUNT, MEASURE;

	private static final Set<String> COUNT_UNITS = Set.of("คน", "ครั้ง", "แห่ง", "ราย", "ครัวเรือน", "โครงการ",
			"จุด", "ชิ้น", "ระบบ", "เรื่อง", "หน่วย", "คัน", "ชุมชน", "หมู่บ้าน", "แอปพลิเคชัน", "บริการ", "people",
			"persons", "times", "places", "households", "projects", "points", "items", "systems", "count");

	/** The kind of a unit's text. */
	public static UnitKind of(String unit) {
		String text = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
		if (text.equals("%") || text.startsWith("ร้อยละ") || text.startsWith("percent")) {
			return PERCENT;
		}
		return COUNT_UNITS.contains(text) ? COUNT : MEASURE;
	}

	/**
	 * Reads a value typed or imported for a KPI of this unit.
	 *
	 * @throws InvalidInputException {@code monitoring.kpi.rule.value.*} naming what is wrong
	 */
	public BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("monitoring.kpi.rule.value.required");
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("monitoring.kpi.rule.value.notNumber", text.strip());
		}
		return check(value);
	}

	/** @throws InvalidInputException when the value does not fit the unit */
	public BigDecimal check(BigDecimal value) {
		if (value.signum() < 0) {
			throw new InvalidInputException("monitoring.kpi.rule.value.negative");
		}
		BigDecimal plain = value.stripTrailingZeros();
		int scale = Math.max(plain.scale(), 0);
		switch (this) {
			case PERCENT -> {
				if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
					throw new InvalidInputException("monitoring.kpi.rule.value.percent");
				}
				if (scale > 2) {
					throw new InvalidInputException("monitoring.kpi.rule.value.decimals", 2);
				}
			}
			case COUNT -> {
				if (scale > 0) {
					throw new InvalidInputException("monitoring.kpi.rule.value.wholeNumber");
				}
			}
			case MEASURE -> {
				if (scale > 4) {
					throw new InvalidInputException("monitoring.kpi.rule.value.decimals", 4);
				}
			}
		}
		if (plain.precision() - plain.scale() > 14) {
			throw new InvalidInputException("monitoring.kpi.rule.value.tooLarge");
		}
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}
}
