package org.smartcityplanner.participation.web.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator of Mukdahan (TH-49) registers stakeholders with their
 * consent; the person uses their link to download, withdraw and erase; the retention job erases what expired; a
 * member sees no contact details; another province reaches nothing.
 */
class StakeholderRegistryWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-49");
	static final ProvinceCode OTHER = new ProvinceCode("TH-50");

	@Autowired
	StakeholderApi registry;
	@Autowired
	PersonalDataConsents consents;

	static StakeholderDraft person(String name, String phone) {
		return new StakeholderDraft(name, "ชุมชนทดสอบ", "COMMUNITY_LEADER", "CIVIL_SOCIETY", "ทางเท้า", phone,
				"someone@example.org", true, "24");
	}

	@Test
	void theCoordinatorRegistersWithConsentAndThePersonDownloadsWithdrawsAndErases() throws Exception {
		Cookie coordinator = signedIn("coord49", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-49/participation/stakeholders").cookie(coordinator).with(csrf())
			.param("name", "นายผู้นำ ชุมชน").param("type", "COMMUNITY_LEADER").param("sector", "CIVIL_SOCIETY")
			.param("phone", "081-555-0199")).andExpect(status().isOk())
			.andExpect(content().string(containsString("ต้องได้รับความยินยอม")));
		assertThat(registry.stakeholders(OWN)).isEmpty();

		String link = (String) mvc.perform(post("/p/TH-49/participation/stakeholders").cookie(coordinator).with(csrf())
			.param("name", "นายผู้นำ ชุมชน").param("type", "COMMUNITY_LEADER").param("sector", "CIVIL_SOCIETY")
			.param("phone", "๐๘๑-๕๕๕-๐๑๙๙").param("consent", "true").param("retentionMonths", "12"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issuedLink")).andReturn()
			.getFlashMap().get("issuedLink");
		String path = link.substring(link.indexOf("/my-data/"));
		Stakeholder registered = registry.stakeholders(OWN).get(0);
		assertThat(registered.phone()).isEqualTo("0815550199");
		assertThat(registered.consentedAt()).isNotNull();

		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString(StakeholderApi.CONSENT_VERSION)));
		mvc.perform(get(path + "/data.json")).andExpect(status().isOk())
			.andExpect(content().string(containsString("นายผู้นำ ชุมชน")))
			.andExpect(content().string(containsString("\"consentVersion\":\"" + StakeholderApi.CONSENT_VERSION)));

		mvc.perform(post(path + "/withdraw").with(csrf())).andExpect(redirectedUrl(path + "#withdraw"));
		assertThat(registry.stakeholder(OWN, registered.id()).withdrawn()).isFalse();
		mvc.perform(post(path + "/withdraw").with(csrf()).param("confirm", "yes")).andExpect(redirectedUrl(path));
		mvc.perform(post(path + "/withdraw").with(csrf()).param("confirm", "yes")).andExpect(redirectedUrl(path));
		Stakeholder withdrawn = registry.stakeholder(OWN, registered.id());
		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.phone()).isNull();
		assertThat(withdrawn.name()).isEqualTo("นายผู้นำ ชุมชน");

		mvc.perform(post(path + "/erase").with(csrf()).param("confirm", "yes")).andExpect(redirectedUrl("/my-data"));
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(post(path + "/erase").with(csrf()).param("confirm", "yes")).andExpect(status().isNotFound());
		Stakeholder erased = registry.stakeholder(OWN, registered.id());
		assertThat(erased.erased()).isTrue();
		assertThat(erased.name()).isEmpty();
		assertThat(registry.figures(OWN)).containsEntry("registered", 1).containsEntry("erased", 1);
		mvc.perform(get("/p/TH-49/participation/stakeholders").cookie(coordinator))
			.andExpect(content().string(not(containsString("นายผู้นำ ชุมชน"))));
	}

	@Test
	void theRetentionJobErasesOnlyWhatExpiredAndStaffRecordAWithdrawal() {
		StakeholderRegistered old = registry.register(OWN, person("นางเก่า ทดสอบ", "0815550201"));
		StakeholderRegistered recent = registry.register(OWN, person("นางใหม่ ทดสอบ", "0815550202"));
		jdbc.sql("update pac_consent set retained_until = date '2020-01-31' where holder = ? and subject_id = ?")
			.params("participation-stakeholder", old.stakeholder().id()).update();

		assertThat(consents.eraseExpired()).isGreaterThanOrEqualTo(1);
		assertThat(registry.stakeholder(OWN, old.stakeholder().id()).erased()).isTrue();
		assertThat(consents.byLink(old.linkSecret())).isEmpty();
		assertThat(registry.stakeholder(OWN, recent.stakeholder().id()).erased()).isFalse();

		Stakeholder withdrawn = registry.recordWithdrawal(OWN, recent.stakeholder().id());
		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.email()).isNull();
	}

	@Test
	void aMemberSeesNoContactDetailsAndAnotherProvinceReachesNothing() throws Exception {
		StakeholderRegistered own = registry.register(OWN, person("นายของมุกดาหาร", "0815550301"));
		Cookie member = signedIn("member49", Role.WORKING_GROUP, OWN);
		mvc.perform(get("/p/TH-49/participation/stakeholders").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("นายของมุกดาหาร")))
			.andExpect(content().string(not(containsString("0815550301"))));
		mvc.perform(get("/api/v1/provinces/TH-49/participation/stakeholders").cookie(member))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("0815550301"))));
		mvc.perform(post("/p/TH-49/participation/stakeholders/" + own.stakeholder().id() + "/withdrawal").cookie(member)
			.with(csrf())).andExpect(status().isForbidden());

		Cookie other = signedIn("coord50", Role.COORDINATOR, OTHER);
		mvc.perform(get("/p/TH-49/participation/stakeholders").cookie(other)).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-50/participation/stakeholders/" + own.stakeholder().id()).cookie(other))
			.andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-50/participation/stakeholders/" + own.stakeholder().id() + "/withdrawal").cookie(other)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/provinces/TH-50/participation/stakeholders/" + own.stakeholder().id() + "/link")
			.cookie(other).with(csrf())).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("stakeholderId")));
		assertThat(registry.stakeholder(OWN, own.stakeholder().id()).withdrawn()).isFalse();
		assertThat(consents.byLink(own.linkSecret())).isPresent();

		mvc.perform(post("/api/v1/provinces/TH-49/participation/stakeholders").cookie(signedIn("coord49b",
				Role.COORDINATOR, OWN)).with(csrf()).header("Accept-Language", "en").contentType("application/json")
			.content("{\"name\":\"=HYPERLINK(\\\"x\\\")\",\"type\":\"BUSINESS\",\"sector\":\"PRIVATE\",\"email\":\"bad\",\"consent\":true}"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("e-mail address is not valid")));
	}
}
