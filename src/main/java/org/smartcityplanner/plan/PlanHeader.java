package org.smartcityplanner.plan;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A plan's own fields, without its items.
 *
 * @param planId database id
 * @param province the province
 * @param title title
 * @param period fiscal years covered
 * @param vision vision statement
 * @param missions mission statements
 * @param sections the committee's required chapters
 * @param status approval status
 * @param version optimistic-locking version of these fields
 * @param updatedAt last change
 * @param updatedBy who made it
 * @param revisionNumber the plan's revision: 1 at first, one more each time an approved plan is reopened
 * @param titleEn the title in English for the English book, empty when not translated
 */
public record PlanHeader(long planId, ProvinceCode province, String title, PlanPeriod period, String vision,
		List<String> missions, PlanSections sections, PlanStatus status, int version, Instant updatedAt,
		String updatedBy, int revisionNumber, String titleEn) {

	public PlanHeader {
		titleEn = titleEn == null ? "" : titleEn.strip();
	}

	/** Whether the plan's content may be changed now (see {@link PlanStatus#allowsEdits()}). */
	public boolean editable() {
		return status.allowsEdits();
	}

	/**
	 * The one guard every change of the plan's content passes.
	 *
	 * @throws InvalidInputException {@code plan.rule.readOnly.<STATUS>} while the plan is submitted or approved
	 */
	public void requireEditable() {
		if (!editable()) {
			throw new InvalidInputException("plan.rule.readOnly." + status.name());
		}
	}
}
