package org.smartcityplanner.participation.internal.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.domain.group.SectorBalance;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.publication.Workbook;

/**
 * The member list as a spreadsheet, the file people keep today in Excel: current members, former members with the
 * days they joined and left, and the sector balance — the same figures as the page. Text a spreadsheet would take
 * for a formula is written as text by the engine.
 */
final class MemberListWorkbook {

	private MemberListWorkbook() {
	}

	static Workbook of(GroupSettings settings, List<GroupMember> current, List<GroupMember> former,
			WorkingGroupFigures figures, Instant now) {
		return new Workbook("รายชื่อ" + settings.groupName(), Publication.THAI, now, List.of(
				new Workbook.Sheet("สมาชิกปัจจุบัน", List.of(settings.groupName()), members(current, false), true),
				new Workbook.Sheet("อดีตสมาชิก", List.of(), members(former, true), true),
				new Workbook.Sheet("ความสมดุลภาคส่วน", List.of(), balance(figures), false)));
	}

	private static Part.Table members(List<GroupMember> members, boolean withLeft) {
		List<Part.Table.Column> columns = new ArrayList<>(List.of(Part.Table.Column.number("ลำดับ", 0.6),
				Part.Table.Column.text("ชื่อ-สกุล", 3), Part.Table.Column.text("ตำแหน่ง", 3),
				Part.Table.Column.text("หน่วยงาน", 3), Part.Table.Column.text("ภาคส่วน", 2),
				Part.Table.Column.text("ตำแหน่งในคณะทำงาน", 2.5), Part.Table.Column.text("วันที่เข้าร่วม", 1.5)));
		if (withLeft) {
			columns.add(Part.Table.Column.text("วันที่พ้น", 1.5));
		}
		List<List<Value>> rows = new ArrayList<>();
		int n = 0;
		for (GroupMember m : members) {
			List<Value> row = new ArrayList<>(List.of(Value.whole(++n), Value.text(m.fullName()),
					Value.text(m.position()), Value.text(m.organisation()), Value.text(sector(m.sector())),
					Value.text(AppointmentOrderDocument.roleTitle(m.role())), Value.text(m.joinedOn().toString())));
			if (withLeft) {
				row.add(Value.text(m.leftOn().toString()));
			}
			rows.add(row);
		}
		return new Part.Table("", columns, rows);
	}

	private static Part.Table balance(WorkingGroupFigures figures) {
		List<List<Value>> rows = new ArrayList<>();
		for (SectorBalance.Line line : figures.balance()) {
			rows.add(List.of(Value.text(sector(line.sector())), Value.whole(line.members()), Value.whole(line.target()),
					Value.whole(line.percent()), Value.text(switch (line.status()) {
						case MISSING -> "ขาด";
						case UNDER -> "ต่ำกว่าเป้าหมาย";
						case MET -> "ครบตามเป้าหมาย";
					})));
		}
		return new Part.Table("", List.of(Part.Table.Column.text("ภาคส่วน", 3), Part.Table.Column.number("สมาชิก", 1),
				Part.Table.Column.number("เป้าหมาย", 1), Part.Table.Column.number("สัดส่วน (%)", 1),
				Part.Table.Column.text("สถานะ", 2)), rows);
	}

	/** The sector as the documents write it (Thai, like the official order). */
	static String sector(org.smartcityplanner.participation.Sector sector) {
		return switch (sector) {
			case CENTRAL_AGENCY -> "ส่วนราชการส่วนกลางในจังหวัด";
			case PROVINCIAL_ADMINISTRATION -> "ส่วนราชการส่วนภูมิภาค";
			case LOCAL_GOVERNMENT -> "องค์กรปกครองส่วนท้องถิ่น";
			case PRIVATE -> "ภาคเอกชน";
			case CIVIL_SOCIETY -> "ภาคประชาสังคม";
			case ACADEMIA -> "สถาบันการศึกษา";
		};
	}
}
