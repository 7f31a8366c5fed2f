package org.smartcityplanner.participation;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * The stakeholder registry of a province: people and organisations outside the working group, each kept under a
 * PDPA consent (publicaccess): purpose, consent text version, time, withdrawal, a personal link for a copy and
 * erasure, and a retention period. Ids of another province fail with
 * {@link org.smartcityplanner.shared.NotInProvinceException}; changes are audited.
 */
public interface StakeholderApi {

	/** The consent text version staff confirm the person agreed to. */
	String CONSENT_VERSION = "participation-stakeholder-consent-2569-1";

	/** The purpose shown to the person and kept with the consent. */
	String PURPOSE = "ทะเบียนผู้มีส่วนได้ส่วนเสียของการจัดทำแผนแม่บทเมืองอัจฉริยะ: เชิญประชุม สำรวจความคิดเห็น "
			+ "และรายงานการมีส่วนร่วม / Stakeholder registry of the smart-city master plan: invitations, surveys, "
			+ "participation reports";

	/** Stakeholders of the province, by name; erased ones last. */
	List<Stakeholder> stakeholders(ProvinceCode province);

	/** One page of the registry in the same order (current before erased, by name), with the total. */
	org.smartcityplanner.shared.PageOf<Stakeholder> stakeholders(ProvinceCode province,
			org.smartcityplanner.shared.Paging paging);

	Stakeholder stakeholder(ProvinceCode province, long stakeholderId);

	/**
	 * Registers a stakeholder with their consent and makes their personal link.
	 *
	 * @throws GroupInputException naming each wrong field, or when consent is missing
	 */
	StakeholderRegistered register(ProvinceCode province, StakeholderDraft draft);

	/** Changes the stakeholder's details (not the consent); refused once erased. */
	Stakeholder update(ProvinceCode province, long stakeholderId, StakeholderDraft draft, int version);

	/** Staff record a withdrawal of consent received on paper or by phone: contact details are removed. */
	Stakeholder recordWithdrawal(ProvinceCode province, long stakeholderId);

	/** A new personal link (the old one stops working); returns its secret. */
	String renewLink(ProvinceCode province, long stakeholderId);

	/** Counts by consent status and by type, from one query. */
	Map<String, Integer> figures(ProvinceCode province);
}
