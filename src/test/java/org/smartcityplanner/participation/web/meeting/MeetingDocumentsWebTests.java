package org.smartcityplanner.participation.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.participation.MeetingFixtures.OWN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invitation letter and the minutes downloaded and read back: the DOCX text with POI, the PDF text with
 * PDFBox, and the PDF's first pages rendered to target/participation-documents/ to look at.
 */
class MeetingDocumentsWebTests extends WebTestSupport {

	static final Path OUT = Path.of("target", "participation-documents");

	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;
	@Autowired
	DocumentsApi documents;

	Meeting heldMeeting() {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "คณะทำงานเมืองอัจฉริยะจังหวัดนนทบุรี"));
		meeting = meetings.changeLetter(OWN, meeting.id(), new InvitationLetter("นบ 0017/ว 99", LocalDate.of(2026, 12, 1),
				"สำนักงานจังหวัดนนทบุรี", "คณะทำงานเมืองอัจฉริยะ", "คำสั่งจังหวัด ที่ 1/2569", "ระเบียบวาระ 1 ชุด",
				"ด้วยจังหวัดนนทบุรีจะจัดทำแผนแม่บทเมืองอัจฉริยะ", "นายผู้ว่า ทดสอบ", "ผู้ว่าราชการจังหวัดนนทบุรี"),
				meeting.version());
		Attendee present = attendance.register(OWN, meeting.id(), MeetingFixtures.person("นายมา ประชุม", Sector.ACADEMIA), true);
		Attendee absent = attendance.register(OWN, meeting.id(), MeetingFixtures.person("นางไม่มา ประชุม", Sector.PRIVATE), true);
		attendance.register(OWN, meeting.id(), MeetingFixtures.person("นางสาวผู้สังเกต การณ์", Sector.CIVIL_SOCIETY), false);
		attendance.setPresent(OWN, meeting.id(), present.id(), true, null);
		attendance.setPresent(OWN, meeting.id(), absent.id(), false, "ติดราชการ");
		meetings.recordMinutes(OWN, meeting.id(), new MinutesDraft(new MinutesHeader("นายประธาน ทดสอบ", "09:30", "12:00",
				"นางสาวผู้จด รายงาน", "นายผู้ตรวจ รายงาน"), List.of("แจ้งที่ประชุม", "", "", "พิจารณาร่างแผน", ""),
				meeting.version()));
		meetings.resolve(OWN, meeting.id(), 4, "เห็นชอบร่างแผนแม่บท", List.of(new ActionDraft("ปรับแก้ร่างแผน",
				"ที่ปรึกษา", LocalDate.of(2027, 1, 15), ActionStatus.IN_PROGRESS)));
		return meeting;
	}

	@Test
	void theMinutesDocxCarriesEveryPartOfThaiMinutes() throws Exception {
		Meeting meeting = heldMeeting();
		Cookie member = signedIn("meet.doc.member12", Role.WORKING_GROUP, OWN);
		byte[] docx = mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id() + "/minutes.docx").cookie(member))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			text = extractor.getText();
		}
		assertThat(text).contains("รายงานการประชุมคณะทำงานเมืองอัจฉริยะจังหวัดนนทบุรี", "ครั้งที่ 1/2569",
				"ผู้มาประชุม (1 คน)", "นายมา ประชุม", "ผู้ไม่มาประชุม (1 คน)", "ติดราชการ", "ผู้เข้าร่วมประชุม (0 คน)",
				"เริ่มประชุมเวลา 09.30 น.", "ระเบียบวาระที่ ๑", "ระเบียบวาระที่ ๕", "มติที่ประชุม", "เห็นชอบร่างแผนแม่บท",
				"ปรับแก้ร่างแผน", "กำลังดำเนินการ", "15 ม.ค. 2570", "เลิกประชุมเวลา 12.00 น.", "ผู้จดรายงานการประชุม",
				"(นางสาวผู้จด รายงาน)", "ผู้ตรวจรายงาน");
		assertThat(text).doesNotContain("นางสาวผู้สังเกต การณ์").as("registered but not present");
	}

	@Test
	void theInvitationLetterIsAThaiOfficialLetterAsPdfToo() throws Exception {
		Meeting meeting = heldMeeting();
		Cookie coordinator = signedIn("meet.doc.coordinator12", Role.COORDINATOR, OWN);
		byte[] docx = mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id() + "/invitation.docx")
			.cookie(coordinator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("ที่ นบ 0017/ว 99", "สำนักงานจังหวัดนนทบุรี", "1 ธันวาคม 2569",
					"เรื่อง", "ขอเชิญประชุมคณะทำงานเมืองอัจฉริยะจังหวัดนนทบุรี", "เรียน", "อ้างถึง", "สิ่งที่ส่งมาด้วย",
					"จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ", "(นายผู้ว่า ทดสอบ)", "ระเบียบวาระที่ ๔");
		}
		if (!documents.pdfEngine().available()) {
			Assumptions.abort("PDF engine missing: " + documents.pdfEngine().problem());
		}
		Files.createDirectories(OUT);
		for (String name : List.of("invitation", "minutes")) {
			byte[] pdf = mvc.perform(get("/p/TH-12/participation/meetings/" + meeting.id() + "/" + name + ".pdf")
				.cookie(coordinator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			Files.write(OUT.resolve(name + ".pdf"), pdf);
			assertThat(pdfText(OUT.resolve(name + ".pdf")))
				.contains(name.equals("invitation") ? "จึงเรียนมาเพื่อโปรด" : "ผู้ตรวจรายงาน");
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				for (int page = 0; page < Math.min(2, doc.getNumberOfPages()); page++) {
					javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page, 60), "png",
							OUT.resolve(name + "-" + (page + 1) + ".png").toFile());
				}
			}
		}
	}

	/** The PDF's text as poppler's pdftotext reads it (it keeps Thai vowels and tone marks in order). */
	static String pdfText(Path pdf) throws Exception {
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
			.start();
		String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(text).isZero();
		return text;
	}
}
