package org.smartcityplanner.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.shared.UploadedFileTypeTests;
import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;

/** The material files over the API: attach, list, download, replace, remove; refusals as 400/403/404 problem+json. */
class MaterialFileApiWebTests extends WebTestSupport {

	static final ProvinceCode PHITSANULOK = new ProvinceCode("TH-65");
	static final String BASE = "/api/v1/provinces/TH-65/training/curriculum/topics/CASE_STUDIES/materials";
	static final String TITLE = "คลังกรณีศึกษา";

	@Autowired
	MaterialFileUseCases files;

	@Test
	void anAdminAttachesListsDownloadsReplacesAndRemovesAFile() throws Exception {
		Cookie admin = signedIn("material.api.admin", Role.ADMIN, PHITSANULOK);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3 };
		String body = mvc.perform(multipart(BASE).file(new MockMultipartFile("file", "map.png", "image/png", png))
			.param("title", TITLE).cookie(admin).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.fileName").value("map.png"))
			.andExpect(jsonPath("$.sizeBytes").value(png.length))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

		Cookie trainee = signedIn("material.api.trainee", Role.TRAINEE, PHITSANULOK);
		mvc.perform(get(BASE).cookie(trainee)).andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value(TITLE));
		byte[] downloaded = mvc.perform(get(BASE + "/" + id + "/content").cookie(trainee)).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("map.png")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(png);

		byte[] xlsx = UploadedFileTypeTests.zip("[Content_Types].xml", "xl/workbook.xml");
		mvc.perform(multipart(HttpMethod.PUT, BASE + "/" + id).file(new MockMultipartFile("file", "cases.xlsx", null, xlsx))
			.cookie(admin).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.fileName").value("cases.xlsx"));
		assertThat(files.content(id).orElseThrow().bytes()).isEqualTo(xlsx);

		mvc.perform(delete("/api/v1/provinces/TH-65/training/curriculum/topics/MINDSET/materials/" + id).cookie(admin)
			.with(csrf())).andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("fileId"));
		mvc.perform(delete(BASE + "/" + id).cookie(admin).with(csrf())).andExpect(status().isNoContent());
		assertThat(files.content(id)).isEmpty();
	}

	@Test
	void refusedFilesAnswer400NamingTheFieldInTheCallersLanguage() throws Exception {
		Cookie admin = signedIn("material.api.admin.bad", Role.ADMIN, PHITSANULOK);
		mvc.perform(multipart(BASE).file(new MockMultipartFile("file", "slides.pdf", "application/pdf",
				"<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
			.param("title", TITLE).cookie(admin).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("File (file)")));
		mvc.perform(multipart(BASE).param("title", TITLE).cookie(admin).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("ไฟล์ (file)")));
		mvc.perform(multipart(BASE).file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.param("title", "ไม่มีเอกสารนี้").cookie(admin).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("(title)")));
		assertThat(files.filesOf("CASE_STUDIES")).noneMatch(f -> f.fileName().equals("slides.pdf"));
	}

	@Test
	void anotherProvinceOrAnotherRoleIsRefused() throws Exception {
		Cookie member = signedIn("material.api.member", Role.WORKING_GROUP, PHITSANULOK);
		MockMultipartFile pdf = new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(multipart(BASE).file(pdf).param("title", TITLE).cookie(member).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-50/training/curriculum/topics/CASE_STUDIES/materials").cookie(member))
			.andExpect(status().isForbidden());
		Cookie otherAdmin = signedIn("material.api.coordinator.other", Role.COORDINATOR, new ProvinceCode("TH-50"));
		mvc.perform(multipart(BASE).file(pdf).param("title", TITLE).cookie(otherAdmin).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiIsDocumentedAsAMultipartUploadWithItsRequiredFields() throws Exception {
		String document = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(document);
		com.fasterxml.jackson.databind.JsonNode post = root.path("paths").path("/api/v1/provinces/{provinceCode}/training/curriculum/topics/{topicCode}/materials")
			.path("post");
		com.fasterxml.jackson.databind.JsonNode form = post.path("requestBody").path("content").path("multipart/form-data")
			.path("schema");
		if (form.has("$ref")) {
			form = root.path("components").path("schemas").path(form.get("$ref").asText().replace("#/components/schemas/", ""));
		}
		assertThat(form.path("properties").has("file")).isTrue();
		assertThat(form.path("properties").has("title")).isTrue();
		assertThat(form.path("required").toString()).contains("file", "title");
		assertThat(post.path("parameters").toString()).doesNotContain("\"title\"");
	}
}
