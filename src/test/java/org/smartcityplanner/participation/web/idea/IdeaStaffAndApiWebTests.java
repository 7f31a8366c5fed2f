package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Paper entry by staff (coordinator and consultant of the province; the working group, another province's
 * coordinator and the public refused), and the ideas API: public propose/list/detail with problem+json in Thai or
 * English, idempotent replay, closed phase; staff list with hidden ideas and paper entry. TH-91 takes ideas,
 * TH-80 does not.
 */
class IdeaStaffAndApiWebTests extends WebTestSupport {

	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	IdeaApi ideas;

	static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	long area;

	@BeforeEach
	void provinces() {
		area = IdeaFixtures.open(process, profile);
		IdeaFixtures.closed(process);
	}

	@Test
	void coordinatorsAndConsultantsOfTheProvinceEnterPaperIdeasOthersAreRefused() throws Exception {
		Cookie coordinator = signedIn("ideas.coordinator91", Role.COORDINATOR, IdeaFixtures.OPEN);
		Cookie consultant = signedIn("ideas.consultant91", Role.CONSULTANT, IdeaFixtures.OPEN);
		Cookie group = signedIn("ideas.group91", Role.WORKING_GROUP, IdeaFixtures.OPEN);
		Cookie stranger = signedIn("ideas.coordinator80", Role.COORDINATOR, IdeaFixtures.CLOSED);
		mvc.perform(get("/p/TH-91/participation/ideas/paper").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("บันทึกข้อเสนอจากแบบฟอร์มกระดาษ")));
		String key = UUID.randomUUID().toString();
		String title = "ถนนเข้าหมู่บ้าน " + key.substring(0, 6);
		mvc.perform(post("/p/TH-91/participation/ideas/paper").cookie(coordinator).with(csrf())
			.param("idempotencyKey", key).param("title", title).param("description", "ถนนลูกรังเป็นหลุมหน้าฝน")
			.param("dimension", "MOB").param("area", String.valueOf(area))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"paper-entered\"")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/public/TH-91/ideas/mine/")));
		var row = jdbc.sql("select channel, entered_by, id from par_idea where idempotency_key = ?").param(key)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
		assertThat(row[0]).isEqualTo("PAPER");
		assertThat(row[1]).isEqualTo("ideas.coordinator91");
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'idea' and entity_id = ? and actor = ?")
			.params(row[2], "ideas.coordinator91").query(Long.class).single()).isEqualTo(1);

		mvc.perform(post("/p/TH-91/participation/ideas/paper").cookie(consultant).with(csrf())
			.param("idempotencyKey", UUID.randomUUID().toString()).param("title", "<b>x</b>").param("description", "d")
			.param("dimension", "MOB")).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("กรุณาพิมพ์เป็นข้อความธรรมดา")));
		mvc.perform(get("/p/TH-91/participation/ideas/paper").cookie(group)).andExpect(status().isForbidden());
		String strangerKey = UUID.randomUUID().toString();
		mvc.perform(post("/p/TH-91/participation/ideas/paper").cookie(stranger).with(csrf())
			.param("idempotencyKey", strangerKey).param("title", "t").param("description", "d").param("dimension", "MOB"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from par_idea where idempotency_key = ?").param(strangerKey)
			.query(Long.class).single()).isZero();
		mvc.perform(get("/p/TH-91/participation/ideas/paper")).andExpect(status().isUnauthorized());
		mvc.perform(get("/p/TH-80/participation/ideas/paper").cookie(stranger)).andExpect(status().isOk())
			.andExpect(content().string(containsString("จึงบันทึกข้อเสนอไม่ได้")));
	}

	@Test
	void thePublicApiProposesOnceAndExplainsRefusalsInTheCallersLanguage() throws Exception {
		String form = mvc.perform(get("/api/v1/public/TH-91/ideas/form")).andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.dimensions[*].value", hasItem("ENV")))
			.andExpect(jsonPath("$.areas[*].value", hasItem(String.valueOf(area))))
			.andReturn().getResponse().getContentAsString();
		String stamp = JSON.readTree(form).get("stamp").asText();
		Thread.sleep(3100); // the guard wants the seconds a person takes to fill the form
		String key = UUID.randomUUID().toString();
		String title = "ป้ายรถเมล์มีหลังคา " + key.substring(0, 6);
		String body = """
				{"title": "%s", "description": "แดดร้อนและฝนตก", "dimension": "MOB", "area": %d,
				 "latitude": 6.62, "longitude": 100.06, "idempotencyKey": "%s", "stamp": "%s", "website": ""}"""
			.formatted(title, area, key, stamp);
		String created = mvc.perform(post("/api/v1/public/TH-91/ideas").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("STORED"))
			.andExpect(jsonPath("$.idea.title").value(title))
			.andExpect(jsonPath("$.idea.participantKey").doesNotExist())
			.andExpect(jsonPath("$.personalLink", containsString("/public/TH-91/ideas/mine/")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/public/TH-91/ideas").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ALREADY_STORED"));
		long id = JSON.readTree(created).get("idea").get("id").asLong();
		mvc.perform(get("/api/v1/public/TH-91/ideas/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.history[0].kind").value("PROPOSED"));
		mvc.perform(get("/api/v1/public/TH-91/ideas").param("dimension", "MOB").param("size", "500"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[*].title", hasItem(title)));
		mvc.perform(get("/api/v1/public/TH-91/ideas").param("status", "HIDDEN").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message", containsString("not a status")));

		String badBody = """
				{"title": "<script>x</script>", "description": "", "dimension": "ENV", "idempotencyKey": "%s",
				 "stamp": "%s", "website": ""}""".formatted(UUID.randomUUID(), stamp);
		mvc.perform(post("/api/v1/public/TH-91/ideas").contentType(MediaType.APPLICATION_JSON).content(badBody)
			.header("Accept-Language", "th")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[1].field").value("description"))
			.andExpect(jsonPath("$.errors[1].message", startsWith("รายละเอียด")));
		mvc.perform(post("/api/v1/public/TH-91/ideas").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/public/TH-91/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"t\", \"idempotencyKey\": \"%s\"}".formatted(UUID.randomUUID())))
			.andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("stamp"));
		String closedForm = mvc.perform(get("/api/v1/public/TH-80/ideas/form")).andExpect(jsonPath("$.open").value(false))
			.andReturn().getResponse().getContentAsString();
		String closedStamp = JSON.readTree(closedForm).get("stamp").asText();
		Thread.sleep(3100);
		mvc.perform(post("/api/v1/public/TH-80/ideas").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "t", "description": "d", "dimension": "ENV", "idempotencyKey": "%s", "stamp": "%s"}"""
			.formatted(UUID.randomUUID(), closedStamp))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("participation.idea.public.closed"));
		mvc.perform(get("/api/v1/public/XX-00/ideas")).andExpect(status().isNotFound());
	}

	@Test
	void staffReadEveryIdeaOfTheirProvinceAndEnterPaperOverTheApi() throws Exception {
		IdeaView hidden = ideas.propose(IdeaFixtures.OPEN, new IdeaDraft("ซ่อนไว้ api", "ข้อความซ้ำ", "GOV", "", "", ""),
				IdeaFixtures.key(), "s:api").idea();
		ideas.hide(IdeaFixtures.OPEN, hidden.id(), hidden.version(), "ซ้ำ");
		Cookie group = signedIn("ideas.api.group91", Role.WORKING_GROUP, IdeaFixtures.OPEN);
		Cookie coordinator = signedIn("ideas.api.coordinator91", Role.COORDINATOR, IdeaFixtures.OPEN);
		Cookie stranger = signedIn("ideas.api.coordinator80", Role.COORDINATOR, new ProvinceCode("TH-80"));
		mvc.perform(get("/api/v1/provinces/TH-91/ideas").param("status", "HIDDEN").param("size", "500").cookie(group))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) hidden.id())));
		mvc.perform(get("/api/v1/provinces/TH-91/ideas").cookie(stranger)).andExpect(status().isForbidden());
		String key = UUID.randomUUID().toString();
		String paper = """
				{"title": "ศาลาริมทาง", "description": "ที่พักรอรถ", "dimension": "MOB", "idempotencyKey": "%s"}"""
			.formatted(key);
		mvc.perform(post("/api/v1/provinces/TH-91/ideas/paper").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(paper)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.idea.channel").value("PAPER"));
		mvc.perform(post("/api/v1/provinces/TH-91/ideas/paper").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(paper)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/provinces/TH-91/ideas/paper").cookie(group).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(paper.replace(key, UUID.randomUUID().toString())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/provinces/TH-91/ideas/paper").cookie(stranger).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(paper.replace(key, UUID.randomUUID().toString())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from par_idea where idempotency_key = ?").param(key).query(Long.class)
			.single()).isEqualTo(1);
	}
}
