package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.internal.MaterialFile;
import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Real files for the curriculum's materials on the topic edit page: attached by admins, checked by content and
 * size, downloaded by everyone who sees the curriculum with a safe name and nosniff, linked from the curriculum.
 */
class MaterialFileWebTests extends WebTestSupport {

	static final ProvinceCode PHITSANULOK = new ProvinceCode("TH-65");
	static final String SLIDES_2 = "สไลด์บรรยายหัวข้อที่ 2";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MaterialFileUseCases files;

	static MockMultipartFile file(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("file", name, contentType, bytes);
	}

	private long countAudits(String action) {
		return jdbc.sql("select count(*) from aud_entry where entity_type = 'training-material-file' and action = ?")
			.param(action).query(Long.class).single();
	}

	@Test
	void anAdminAttachesAPdfThatEveryoneWhoSeesTheCurriculumDownloadsAndThePageLinks() throws Exception {
		Cookie admin = signedIn("material.admin", Role.ADMIN, PHITSANULOK);
		long created = countAudits("created") + countAudits("replaced");
		mvc.perform(multipart("/training/curriculum/topics/SMART_GROWTH/materials")
			.file(file("สไลด์ หัวข้อ 2.pdf", "application/octet-stream", PDF)).param("title", SLIDES_2)
			.cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/training/curriculum/topics/SMART_GROWTH/edit"))
			.andExpect(flash().attribute("flashSuccess", "training.material.file.attached"));
		MaterialFile stored = files.filesOf("SMART_GROWTH").stream().filter(f -> f.title().equals(SLIDES_2)).findFirst()
			.orElseThrow();
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(countAudits("created") + countAudits("replaced")).isEqualTo(created + 1);

		Cookie trainee = signedIn("material.trainee", Role.TRAINEE, PHITSANULOK);
		byte[] downloaded = mvc.perform(get("/training/curriculum/materials/" + stored.id()).cookie(trainee))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(PDF);

		mvc.perform(get("/training/curriculum").cookie(trainee)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/training/curriculum/materials/" + stored.id() + "\"")));
		mvc.perform(get("/training/curriculum/topics/SMART_GROWTH/edit").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/training/curriculum/topics/SMART_GROWTH/materials/"
					+ stored.id() + "/remove")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
	}

	@Test
	void contentThatIsNotAnAcceptedKindIsRefusedEvenWithAPdfNameNamingTheField() throws Exception {
		Cookie admin = signedIn("material.admin.wrong", Role.ADMIN, PHITSANULOK);
		mvc.perform(multipart("/training/curriculum/topics/AREA_STRATEGY/materials")
			.file(file("slides.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
			.param("title", "สไลด์บรรยายหัวข้อที่ 5").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/training/curriculum/topics/AREA_STRATEGY/edit"))
			.andExpect(flash().attribute("materialErrors", hasItem(containsString("ไฟล์ (file)"))))
			.andExpect(flash().attribute("materialErrors", hasItem(containsString(".pdf"))));
		assertThat(files.filesOf("AREA_STRATEGY")).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedNamingTheField() throws Exception {
		Cookie admin = signedIn("material.admin.big", Role.ADMIN, PHITSANULOK);
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		mvc.perform(multipart("/training/curriculum/topics/AREA_STRATEGY/materials").file(file("big.pdf", "application/pdf", big))
			.param("title", "สไลด์บรรยายหัวข้อที่ 5").cookie(admin).with(csrf()))
			.andExpect(flash().attribute("materialErrors", hasItem(containsString("ไฟล์ (file): ใหญ่เกิน 20 MB"))));
		assertThat(files.filesOf("AREA_STRATEGY")).isEmpty();
	}

	@Test
	void onlyThoseWhoEditTheCurriculumAttachOrRemoveFiles() throws Exception {
		Cookie member = signedIn("material.member", Role.WORKING_GROUP, PHITSANULOK);
		Cookie consultant = signedIn("material.consultant", Role.CONSULTANT, PHITSANULOK);
		for (Cookie who : new Cookie[] { member, consultant }) {
			mvc.perform(multipart("/training/curriculum/topics/AREA_STRATEGY/materials").file(file("a.pdf", "application/pdf", PDF))
				.param("title", "สไลด์บรรยายหัวข้อที่ 5").cookie(who).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(files.filesOf("AREA_STRATEGY")).isEmpty();
		mvc.perform(get("/training/curriculum/materials/987654").cookie(member)).andExpect(status().isNotFound());
	}

	@Test
	void anAdminReplacesAndRemovesAFileAndTheMaterialLosesItsLink() throws Exception {
		Cookie admin = signedIn("material.admin.replace", Role.ADMIN, PHITSANULOK);
		String form = "แบบฟอร์มร่างโครงการนำร่อง";
		byte[] docx = org.smartcityplanner.shared.UploadedFileTypeTests.zip("[Content_Types].xml", "word/document.xml");
		mvc.perform(multipart("/training/curriculum/topics/APPLY_TO_AREA/materials").file(file("form.pdf", "application/pdf", PDF))
			.param("title", form).cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
		long id = files.filesOf("APPLY_TO_AREA").get(0).id();
		mvc.perform(multipart("/training/curriculum/topics/APPLY_TO_AREA/materials").file(file("แบบฟอร์ม.docx", "text/plain", docx))
			.param("title", form).cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(files.filesOf("APPLY_TO_AREA")).singleElement().satisfies(f -> {
			assertThat(f.id()).isEqualTo(id);
			assertThat(f.fileName()).isEqualTo("แบบฟอร์ม.docx");
			assertThat(f.contentType()).endsWith("wordprocessingml.document");
		});
		assertThat(files.content(id).orElseThrow().bytes()).isEqualTo(docx);

		Cookie member = signedIn("material.member.remove", Role.WORKING_GROUP, PHITSANULOK);
		mvc.perform(post("/training/curriculum/topics/APPLY_TO_AREA/materials/" + id + "/remove").cookie(member).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/training/curriculum/topics/MINDSET/materials/" + id + "/remove").cookie(admin).with(csrf()))
			.andExpect(status().isNotFound());
		long deleted = countAudits("deleted");
		mvc.perform(post("/training/curriculum/topics/APPLY_TO_AREA/materials/" + id + "/remove").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/training/curriculum/topics/APPLY_TO_AREA/edit"));
		assertThat(files.filesOf("APPLY_TO_AREA")).isEmpty();
		assertThat(countAudits("deleted")).isEqualTo(deleted + 1);
		mvc.perform(get("/training/curriculum/materials/" + id).cookie(member)).andExpect(status().isNotFound());
		mvc.perform(get("/training/curriculum").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/training/curriculum/materials/" + id + "\""))));
	}
}
