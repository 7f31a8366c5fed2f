package org.smartcityplanner.participation.internal.group;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.GroupRole;
import org.smartcityplanner.participation.OrderMember;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.publication.Value;

/**
 * The appointment order as a Thai provincial order (คำสั่งจังหวัด) in the layout of the government's correspondence
 * rules: space for the Garuda emblem at the top (the province prints on its emblem paper or pastes the emblem; no
 * emblem file is bundled), "คำสั่ง…", "ที่ …", "เรื่อง …", the preamble (a revision cites the order it replaces),
 * the members by role, the duties, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", the date in the Buddhist Era and the signature
 * block — in Thai numerals, as official orders are written. Always Thai: an official order has no English form.
 */
final class AppointmentOrderDocument {

	private static final int EMBLEM_SPACE_PT = 90;

	private AppointmentOrderDocument() {
	}

	static Publication of(AppointmentOrder order, AppointmentOrder replaced) {
		String subject = "แต่งตั้ง" + order.groupName();
		Publication.Builder doc = Publication.thai("คำสั่ง" + order.issuer() + " ที่ " + order.number(),
				order.issuedAt())
			.property("order-number", order.number())
			.property("order-revision", String.valueOf(order.revision()))
			.thaiNumerals()
			.withoutPageNumbers()
			.add(Part.Paragraph.centred(EMBLEM_SPACE_PT, new Span("คำสั่ง" + order.issuer(), true, false, 20)))
			.add(Part.Paragraph.centred(0, Span.plain("ที่ " + order.number())))
			.add(Part.Paragraph.centred(0, Span.plain("เรื่อง " + subject)))
			.add(Part.Paragraph.centred(0, Span.plain("―――――――――――――――――")))
			.add(new Part.Paragraph(List.of(Span.plain(preamble(order, replaced))), Part.Paragraph.Layout.BODY, 6))
			.add(membersTable(order.members()))
			.add(new Part.Paragraph(List.of(Span.plain("ให้" + order.groupName() + "มีอำนาจหน้าที่ ดังนี้")),
					Part.Paragraph.Layout.BODY, 12));
		List<String> duties = order.dutyLines();
		for (int i = 0; i < duties.size(); i++) {
			doc.add(Part.Paragraph.body((i + 1) + ". " + duties.get(i)));
		}
		return doc.add(new Part.Paragraph(List.of(Span.plain("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")), Part.Paragraph.Layout.BODY, 12))
			.add(new Part.Paragraph(List.of(Span.plain("สั่ง ณ วันที่ " + beDate(order))), Part.Paragraph.Layout.RIGHT, 18))
			.add(new Part.Paragraph(List.of(Span.plain("(" + order.signedBy() + ")")), Part.Paragraph.Layout.RIGHT, 48))
			.add(new Part.Paragraph(List.of(Span.plain(order.signerPosition())), Part.Paragraph.Layout.RIGHT, 0))
			.build();
	}

	private static String preamble(AppointmentOrder order, AppointmentOrder replaced) {
		String purpose = "เพื่อให้การจัดทำและขับเคลื่อนแผนแม่บทการพัฒนาเมืองอัจฉริยะของ" + order.issuer()
				+ " เป็นไปด้วยความเรียบร้อย มีประสิทธิภาพ และเกิดการมีส่วนร่วมจากภาครัฐ ภาคเอกชน ภาคประชาสังคม "
				+ "และสถาบันการศึกษา";
		if (replaced == null) {
			return purpose + " จึงแต่งตั้ง" + order.groupName() + " ประกอบด้วย";
		}
		return "ตามคำสั่ง" + replaced.issuer() + " ที่ " + replaced.number() + " ลงวันที่ " + beDate(replaced)
				+ " ได้แต่งตั้ง" + replaced.groupName() + " นั้น เนื่องจากมีการเปลี่ยนแปลงองค์ประกอบของคณะทำงาน "
				+ purpose + " จึงให้ยกเลิกคำสั่งดังกล่าว และแต่งตั้ง" + order.groupName() + " ประกอบด้วย";
	}

	private static Part.Table membersTable(List<OrderMember> members) {
		List<List<Value>> rows = new ArrayList<>();
		int n = 0;
		for (OrderMember member : members) {
			rows.add(List.of(Value.text((++n) + "."), Value.text(member.fullName()),
					Value.text(member.position() + " " + member.organisation()), Value.text(roleTitle(member.role()))));
		}
		return new Part.Table("", List.of(Part.Table.Column.text("ลำดับ", 1.0), Part.Table.Column.text("ชื่อ – สกุล", 3),
				Part.Table.Column.text("ตำแหน่ง / หน่วยงาน", 4.5), Part.Table.Column.text("ตำแหน่งในคณะทำงาน", 2.8)),
				rows);
	}

	/** The role as an order writes it. */
	static String roleTitle(GroupRole role) {
		return switch (role) {
			case CHAIR -> "ประธานคณะทำงาน";
			case VICE_CHAIR -> "รองประธานคณะทำงาน";
			case MEMBER -> "คณะทำงาน";
			case SECRETARY -> "คณะทำงานและเลขานุการ";
			case ASSISTANT_SECRETARY -> "คณะทำงานและผู้ช่วยเลขานุการ";
		};
	}

	/** "7 ธันวาคม พ.ศ. 2569": the date as an order writes it. */
	static String beDate(AppointmentOrder order) {
		String full = PublicationDates.full(order.signedOn());
		int year = full.lastIndexOf(' ');
		return full.substring(0, year) + " พ.ศ." + full.substring(year);
	}
}
