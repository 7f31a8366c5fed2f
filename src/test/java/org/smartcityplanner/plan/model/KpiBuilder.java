package org.smartcityplanner.plan.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.smartcityplanner.shared.FiscalYear;

/**
 * Builds a complete KPI (baseline 2569 with a source, a target for each year 2570–2574) that tests then spoil.
 */
public final class KpiBuilder {

	private final ItemId id;
	private ItemId ownerId;
	private String indicatorCode = null;
	private String name;
	private String unit = "ร้อยละ";
	private Baseline baseline = new Baseline(new BigDecimal("40"), new FiscalYear(2569), "สำนักงานสถิติจังหวัด");
	private final Map<FiscalYear, BigDecimal> targets = new TreeMap<>();

	private KpiBuilder(String id, String ownerId) {
		this.id = new ItemId(id);
		this.ownerId = new ItemId(ownerId);
		this.name = "ตัวชี้วัด " + id;
		for (int year = 2570; year <= 2574; year++) {
			targets.put(new FiscalYear(year), BigDecimal.valueOf(40 + 5L * (year - 2569)));
		}
	}

	public static KpiBuilder aKpi(String id, String ownerId) {
		return new KpiBuilder(id, ownerId);
	}

	public KpiBuilder owner(String ownerId) {
		this.ownerId = new ItemId(ownerId);
		return this;
	}

	public KpiBuilder name(String name) {
		this.name = name;
		return this;
	}

	public KpiBuilder baseline(Baseline baseline) {
		this.baseline = baseline;
		return this;
	}

	public KpiBuilder target(int year, String value) {
		this.targets.put(new FiscalYear(year), value == null ? null : new BigDecimal(value));
		return this;
	}

	public KpiBuilder withoutTargetFor(int year) {
		this.targets.remove(new FiscalYear(year));
		return this;
	}

	public Kpi build() {
		return new Kpi(id, ownerId, indicatorCode, name, unit, baseline, targets);
	}
}
