package org.smartcityplanner.participation.web.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator of Sakon Nakhon (TH-47) builds the working group through the pages, issues the order and a
 * revision, and reads the Word files back; a member may look but not change; another province's coordinator
 * reaches nothing, and ids of another province are not found and change nothing. Each test has a province of its
 * own (TH-47, TH-53, TH-54; TH-48 is the other province), so none sees another's members.
 */
class WorkingGroupWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-47");
	static final ProvinceCode OTHER = new ProvinceCode("TH-48");
	static final ProvinceCode UTTARADIT = new ProvinceCode("TH-53");
	static final ProvinceCode PHRAE = new ProvinceCode("TH-54");

	@Autowired
	WorkingGroupApi group;

	private void addMember(Cookie who, String province, String name, String sector, String role) throws Exception {
		mvc.perform(post("/p/" + province + "/participation/group/members").cookie(who).with(csrf())
			.param("fullName", name).param("position", "ตำแหน่งของ" + name).param("organisation", "หน่วยงานทดสอบ")
			.param("sector", sector).param("role", role)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theCoordinatorAppointsTheGroupAndTheOrderAndItsRevisionReadBack() throws Exception {
		Cookie coordinator = signedIn("coord47", Role.COORDINATOR, OWN);
		addMember(coordinator, "TH-47", "นายประธาน ทดสอบ", "PROVINCIAL_ADMINISTRATION", "CHAIR");
		addMember(coordinator, "TH-47", "นางสมาชิก ทดสอบ", "PRIVATE", "MEMBER");
		addMember(coordinator, "TH-47", "นายเลขา ทดสอบ", "PROVINCIAL_ADMINISTRATION", "SECRETARY");

		mvc.perform(get("/p/TH-47/participation/group").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่มีสมาชิกจากภาคส่วน")))
			.andExpect(content().string(containsString("สถาบันการศึกษา")));

		mvc.perform(post("/p/TH-47/participation/group/orders").cookie(coordinator).with(csrf())
			.param("number", "๑๒๓/๒๕๖๙").param("signedOn", "2026-11-20").param("signedBy", "นายผู้ว่า สมมุติ")
			.param("signerPosition", "ผู้ว่าราชการจังหวัดสกลนคร")).andExpect(status().is3xxRedirection());
		AppointmentOrder first = group.orders(OWN).get(0);
		assertThat(first.number()).isEqualTo("123/2569");
		assertThat(first.members()).hasSize(3);

		String text = docxText(mvc.perform(get("/p/TH-47/participation/group/orders/" + first.id() + "/order.docx")
			.cookie(coordinator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(text).contains("คำสั่งจังหวัดสกลนคร", "ที่ ๑๒๓/๒๕๖๙", "นายประธาน ทดสอบ", "ประธานคณะทำงาน",
				"คณะทำงานและเลขานุการ", "อำนาจหน้าที่", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
				"สั่ง ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๙", "(นายผู้ว่า สมมุติ)");

		GroupMember leaving = group.currentMembers(OWN).stream().filter(m -> m.fullName().startsWith("นางสมาชิก"))
			.findFirst().orElseThrow();
		mvc.perform(post("/p/TH-47/participation/group/members/" + leaving.id() + "/leave").cookie(coordinator)
			.with(csrf()).param("version", String.valueOf(leaving.version()))).andExpect(status().is3xxRedirection());
		addMember(coordinator, "TH-47", "ดร.นักวิชาการ ทดสอบ", "ACADEMIA", "MEMBER");
		mvc.perform(post("/p/TH-47/participation/group/orders").cookie(coordinator).with(csrf())
			.param("number", "123/2569").param("signedOn", "2026-12-01").param("signedBy", "นายผู้ว่า สมมุติ")
			.param("signerPosition", "ผู้ว่าราชการจังหวัดสกลนคร")).andExpect(status().isOk())
			.andExpect(content().string(containsString("ถูกใช้ไปแล้ว")));
		mvc.perform(post("/p/TH-47/participation/group/orders").cookie(coordinator).with(csrf())
			.param("number", "130/2569").param("signedOn", "2026-12-01").param("signedBy", "นายผู้ว่า สมมุติ")
			.param("signerPosition", "ผู้ว่าราชการจังหวัดสกลนคร")).andExpect(status().is3xxRedirection());
		AppointmentOrder revision = group.orders(OWN).get(0);
		assertThat(revision.revision()).isEqualTo(2);

		mvc.perform(get("/p/TH-47/participation/group/orders/" + revision.id()).cookie(coordinator))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ดร.นักวิชาการ ทดสอบ เข้าร่วม")))
			.andExpect(content().string(containsString("นางสมาชิก ทดสอบ พ้นจากคณะทำงาน")));
		String revised = docxText(mvc.perform(get("/p/TH-47/participation/group/orders/" + revision.id() + "/order.docx")
			.cookie(coordinator)).andReturn().getResponse().getContentAsByteArray());
		assertThat(revised).contains("ตามคำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๙", "ยกเลิกคำสั่งดังกล่าว", "ดร.นักวิชาการ ทดสอบ")
			.doesNotContain("นางสมาชิก ทดสอบ");
		mvc.perform(get("/p/TH-47/participation/group").cookie(coordinator))
			.andExpect(content().string(containsString("นางสมาชิก ทดสอบ")));
		mvc.perform(get("/p/TH-47/participation").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/p/TH-47/participation/group")));
	}

	@Test
	void wrongInputIsRefusedNamingTheFieldAndAStaleChangeShowsTheirs() throws Exception {
		Cookie coordinator = signedIn("coord53", Role.COORDINATOR, UTTARADIT);
		mvc.perform(post("/p/TH-53/participation/group/members").cookie(coordinator).with(csrf())
			.param("fullName", "").param("position", "x".repeat(5000)).param("organisation", "<script>alert(1)</script>")
			.param("sector", "MARTIANS").param("role", "KING")).andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณากรอกชื่อ-สกุล")))
			.andExpect(content().string(containsString("ยาวเกิน 200")))
			.andExpect(content().string(containsString("กรุณาเลือกภาคส่วน")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(post("/api/v1/provinces/TH-53/participation/group/members").cookie(coordinator).with(csrf())
			.header("Accept-Language", "en").contentType("application/json")
			.content("{\"fullName\":\"A\",\"position\":\"B\",\"organisation\":\"C\",\"sector\":\"ACADEMIA\",\"role\":5}"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("role in the group")));
		mvc.perform(post("/api/v1/provinces/TH-53/participation/group/members").cookie(coordinator).with(csrf())
			.contentType("application/json").content("{\"fullName\": [1,2]}")).andExpect(status().isBadRequest());

		GroupMember member = group.addMember(UTTARADIT, new org.smartcityplanner.participation.MemberDraft("นายเดิม", "ตำแหน่ง",
				"หน่วยงาน", "PRIVATE", "MEMBER"));
		group.updateMember(UTTARADIT, member.id(), new org.smartcityplanner.participation.MemberDraft("นายใหม่", "ตำแหน่ง",
				"หน่วยงาน", "PRIVATE", "MEMBER"), member.version());
		mvc.perform(post("/p/TH-53/participation/group/members/" + member.id()).cookie(coordinator).with(csrf())
			.param("fullName", "นายของฉัน").param("position", "ตำแหน่ง").param("organisation", "หน่วยงาน")
			.param("sector", "PRIVATE").param("role", "MEMBER").param("version", String.valueOf(member.version())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("นายใหม่")))
			.andExpect(content().string(containsString("value=\"นายของฉัน\"")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/provinces/TH-53/participation/group/members/" + member.id()).cookie(coordinator).with(csrf())
			.contentType("application/json").content("{\"fullName\":\"X\",\"position\":\"B\",\"organisation\":\"C\","
					+ "\"sector\":\"PRIVATE\",\"role\":\"MEMBER\",\"version\":" + member.version() + "}"))
			.andExpect(status().isConflict());
		assertThat(group.member(UTTARADIT, member.id()).fullName()).isEqualTo("นายใหม่");

		group.addMember(UTTARADIT, new org.smartcityplanner.participation.MemberDraft("=HYPERLINK(\"http://x\")",
				"@SUM(1)", "+หน่วยงาน", "ACADEMIA", "MEMBER"));
		byte[] xlsx = mvc.perform(get("/p/TH-53/participation/group/members.xlsx").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var cells = new java.util.ArrayList<org.apache.poi.ss.usermodel.Cell>();
			book.getSheetAt(0).forEach(row -> row.forEach(cells::add));
			assertThat(cells).noneMatch(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
			assertThat(cells).anyMatch(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& c.getStringCellValue().equals("=HYPERLINK(\"http://x\")"));
			assertThat(book.getSheetAt(2).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(7);
		}
	}

	@Test
	void aMemberLooksButDoesNotChangeAndAnotherProvinceReachesNothing() throws Exception {
		GroupMember own = group.addMember(PHRAE, new org.smartcityplanner.participation.MemberDraft("นายของแพร่",
				"ตำแหน่ง", "หน่วยงาน", "ACADEMIA", "MEMBER"));
		GroupMember other = group.addMember(OTHER, new org.smartcityplanner.participation.MemberDraft("นายของนครพนม",
				"ตำแหน่ง", "หน่วยงาน", "ACADEMIA", "MEMBER"));
		Cookie member = signedIn("member54", Role.WORKING_GROUP, PHRAE);
		mvc.perform(get("/p/TH-54/participation/group").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("นายของแพร่")))
			.andExpect(content().string(not(containsString("/leave"))));
		mvc.perform(get("/api/v1/provinces/TH-54/participation/group").cookie(member)).andExpect(status().isOk());
		mvc.perform(post("/p/TH-54/participation/group/members").cookie(member).with(csrf()).param("fullName", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-54/participation/group").cookie(signedIn("trainee54", Role.TRAINEE, PHRAE)))
			.andExpect(status().isForbidden());

		Cookie otherCoordinator = signedIn("coord48", Role.COORDINATOR, OTHER);
		mvc.perform(get("/p/TH-54/participation/group").cookie(otherCoordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-54/participation/group").cookie(otherCoordinator))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-48/participation/group/members/" + own.id()).cookie(otherCoordinator))
			.andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-48/participation/group/members/" + own.id() + "/leave").cookie(otherCoordinator)
			.with(csrf()).param("version", String.valueOf(own.version()))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/provinces/TH-48/participation/group/members/" + own.id() + "/leave")
			.cookie(otherCoordinator).with(csrf()).contentType("application/json").content("{\"version\":0}"))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("memberId")));
		mvc.perform(get("/p/TH-48/participation/group").cookie(otherCoordinator))
			.andExpect(content().string(containsString("นายของนครพนม")))
			.andExpect(content().string(not(containsString("นายของแพร่"))));
		assertThat(group.member(PHRAE, own.id()).current()).isTrue();
		assertThat(group.member(OTHER, other.id()).current()).isTrue();
	}

	static String docxText(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText().lines().collect(Collectors.joining("\n"));
		}
	}
}
