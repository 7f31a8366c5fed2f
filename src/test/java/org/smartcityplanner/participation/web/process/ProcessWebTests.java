package org.smartcityplanner.participation.web.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The process page and API: phases saved with their open tools, bad dates named, stale versions refused. TH-38. */
class ProcessWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-38");

	@Autowired
	ProcessApi processes;

	@Test
	void aCoordinatorPlansThePhasesAndTheToolsFollowThem() throws Exception {
		Cookie coordinator = signedIn("process.coordinator", Role.COORDINATOR, OWN);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		mvc.perform(post("/p/TH-38/participation/process").cookie(coordinator).with(csrf()).param("version", "0")
			.param("LISTEN_startsOn", today.minusDays(10).toString()).param("LISTEN_endsOn", today.plusDays(5).toString())
			.param("IDEAS_startsOn", "31/12/2569").param("IDEAS_endsOn", today.plusDays(20).toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ไม่ใช่วันที่")));
		assertThat(processes.process(OWN).defined()).isFalse();
		mvc.perform(post("/p/TH-38/participation/process").cookie(coordinator).with(csrf()).param("version", "0")
			.param("LISTEN_startsOn", today.minusDays(10).toString()).param("LISTEN_endsOn", today.plusDays(5).toString())
			.param("LISTEN_tools", "surveys"))
			.andExpect(redirectedUrl("/p/TH-38/participation/process"));
		assertThat(processes.isOpen(OWN, "surveys")).isTrue();
		assertThat(processes.isOpen(OWN, "meetings")).isFalse();
		mvc.perform(get("/p/TH-38/participation/process").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ขณะนี้อยู่ในระยะ")));
		// a second editor still holding version 0 is told, and nothing of theirs overwrites the first
		mvc.perform(post("/p/TH-38/participation/process").cookie(coordinator).with(csrf()).param("version", "0"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("มีผู้อื่นบันทึกกระบวนการนี้ไปก่อนแล้ว")));
		assertThat(processes.isOpen(OWN, "surveys")).isTrue();
	}

	@Test
	void theApiRefusesOverlappingPhasesAndTheWorkingGroupOnlyReads() throws Exception {
		Cookie consultant = signedIn("process.consultant", Role.CONSULTANT, new ProvinceCode("TH-39"));
		String overlapping = """
				{"version": 0, "phases": [
				 {"kind": "LISTEN", "startsOn": "2027-01-01", "endsOn": "2027-01-31", "openTools": ["surveys"]},
				 {"kind": "IDEAS", "startsOn": "2027-01-15", "endsOn": "2027-02-28"},
				 {"kind": "PRIORITISE"}, {"kind": "VALIDATE", "openTools": ["lottery"]}]}""";
		mvc.perform(put("/api/v1/provinces/TH-39/participation/process").cookie(consultant).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(overlapping))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("IDEAS"))
			.andExpect(jsonPath("$.errors[1].message").value("Unknown tool \"lottery\""));
		mvc.perform(get("/api/v1/provinces/TH-39/participation/tools").cookie(consultant)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].key").value("surveys"));
		Cookie member = signedIn("process.member", Role.WORKING_GROUP, new ProvinceCode("TH-39"));
		mvc.perform(get("/p/TH-39/participation/process").cookie(member)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/provinces/TH-39/participation/process").cookie(member).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"phases\": []}"))
			.andExpect(status().isForbidden());
	}
}
