package org.smartcityplanner.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.smartcityplanner.shared.BahtText;

/**
 * A project: what, where, who, when and how much per fiscal year.
 */
public class ProjectForm {

	@NotBlank(message = "{validation.required}")
	private String strategyId = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String name = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String rationale = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String objectives = "";

	private Set<Long> targetAreaIds = new LinkedHashSet<>();

	@Size(max = 500, message = "{validation.tooLong}")
	private String leadAgency = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String partners = "";

	private Integer startYear;

	private Integer endYear;

	@BahtText
	private Map<Integer, @DecimalMin(value = "0", message = "{validation.notNegative}") @Digits(integer = 13, fraction = 2, message = "{plan.form.money}") BigDecimal> budget = new TreeMap<>();

	@BahtText
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@Digits(integer = 13, fraction = 2, message = "{plan.form.money}")
	private BigDecimal estimatedTotal;

	@Size(max = 20000, message = "{validation.tooLong}")
	private String outputs = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String outcomes = "";

	@Valid
	private AlignmentFields alignment = new AlignmentFields();

	private int version;

	public String getStrategyId() {
		return strategyId;
	}

	public void setStrategyId(String strategyId) {
		this.strategyId = strategyId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRationale() {
		return rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public String getObjectives() {
		return objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public Set<Long> getTargetAreaIds() {
		return targetAreaIds;
	}

	public void setTargetAreaIds(Set<Long> targetAreaIds) {
		this.targetAreaIds = targetAreaIds;
	}

	public String getLeadAgency() {
		return leadAgency;
	}

	public void setLeadAgency(String leadAgency) {
		this.leadAgency = leadAgency;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public Map<Integer, @DecimalMin(value = "0", message = "{validation.notNegative}") @Digits(integer = 13, fraction = 2, message = "{plan.form.money}") BigDecimal> getBudget() {
		return budget;
	}

	public void setBudget(Map<Integer, @DecimalMin(value = "0", message = "{validation.notNegative}") @Digits(integer = 13, fraction = 2, message = "{plan.form.money}") BigDecimal> budget) {
		this.budget = budget;
	}

	public BigDecimal getEstimatedTotal() {
		return estimatedTotal;
	}

	public void setEstimatedTotal(BigDecimal estimatedTotal) {
		this.estimatedTotal = estimatedTotal;
	}

	public String getOutputs() {
		return outputs;
	}

	public void setOutputs(String outputs) {
		this.outputs = outputs;
	}

	public String getOutcomes() {
		return outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	public AlignmentFields getAlignment() {
		return alignment;
	}

	public void setAlignment(AlignmentFields alignment) {
		this.alignment = alignment;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	@Size(max = 1000, message = "{validation.tooLong}")
	private String nameEn = "";

	/** The English name for the English book; empty when not translated. */
	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn == null ? "" : nameEn;
	}
}
