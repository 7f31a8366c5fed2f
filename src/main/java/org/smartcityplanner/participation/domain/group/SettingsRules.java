package org.smartcityplanner.participation.domain.group;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Sector;

/**
 * The working group's settings: a name and an issuer for the letterhead, the duties, and a target of 0–50 members
 * per sector. The defaults follow the usual provincial order for a smart-city working group.
 */
public final class SettingsRules {

	public static final int TARGET_MAX = 50;
	public static final int DEFAULT_TARGET = 3;

	/** The usual duties of a provincial smart-city working group, one per line. */
	public static final String DEFAULT_DUTIES = """
			จัดทำแผนแม่บทการพัฒนาเมืองอัจฉริยะของจังหวัดให้สอดคล้องกับยุทธศาสตร์ชาติและแผนพัฒนาจังหวัด
			ประสานความร่วมมือระหว่างภาครัฐ ภาคเอกชน ภาคประชาสังคม และสถาบันการศึกษาในการพัฒนาเมืองอัจฉริยะ
			จัดให้มีการรับฟังความคิดเห็นของประชาชนและผู้มีส่วนได้ส่วนเสียในทุกขั้นตอนของการจัดทำแผน
			ติดตาม ประเมินผล และรายงานความก้าวหน้าการพัฒนาเมืองอัจฉริยะต่อผู้ว่าราชการจังหวัด
			ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย""";

	private SettingsRules() {
	}

	/** The parsed targets; each wrong one adds a problem on field {@code target.<SECTOR>}. */
	public static Map<Sector, Integer> targets(Map<Sector, String> typed, List<Problem> problems) {
		Map<Sector, Integer> targets = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			String raw = TextRules.clean(typed.get(sector));
			String field = "target." + sector.name();
			if (raw.isEmpty()) {
				targets.put(sector, 0);
			}
			else {
				Integer target = wholeNumber(raw);
				if (target == null || target < 0 || target > TARGET_MAX) {
					problems.add(Problem.of(field, "participation.field.target.range", TARGET_MAX));
				}
				else {
					targets.put(sector, target);
				}
			}
		}
		return targets;
	}

	public static List<Problem> problemsOf(String groupName, String issuer, String duties) {
		List<Problem> problems = new ArrayList<>();
		TextRules.required(problems, "groupName", groupName, 300);
		TextRules.required(problems, "issuer", issuer, 200);
		TextRules.required(problems, "duties", duties, OrderRules.DUTIES_MAX);
		return problems;
	}

	/** A count as people type it ("๑๒", "1,200"), read as every number in the application is; else {@code null}. */
	private static Integer wholeNumber(String raw) {
		try {
			return org.smartcityplanner.shared.NumberText.wholeInt(raw);
		}
		catch (org.smartcityplanner.shared.NumberText.NotANumberException notANumber) {
			return null;
		}
	}
}
