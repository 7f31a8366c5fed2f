package org.smartcityplanner.participation.internal.demo;

import java.util.List;

/**
 * The demo province's opinion-map conversation: twelve statements about transport in the town, and the planted
 * leanings of three fictional groups of participants (a group's vote on a statement, before each participant's own
 * variations): 'A' agree, 'D' disagree, 'P' pass.
 */
final class DemoOpinions {

	static final String TOPIC = "การเดินทางในตัวเมืองพิษณุโลก: รถโดยสารไฟฟ้า ที่จอดรถ และทางเท้า";
	static final String DESCRIPTION = "คณะทำงานอยากรู้ว่าชาวเมืองคิดอย่างไรกับการเดินทางในเขตเทศบาล "
			+ "กรุณาอ่านแต่ละข้อความแล้วเลือก เห็นด้วย ไม่เห็นด้วย หรือ ข้าม";

	static final List<String> STATEMENTS = List.of(
			"ควรจำกัดรถยนต์ส่วนตัวในย่านเมืองเก่าช่วงวันหยุด",
			"ควรเปลี่ยนช่องจราจรหนึ่งช่องบนถนนสายหลักเป็นช่องรถโดยสาร",
			"ควรเก็บค่าจอดรถในตัวเมืองเพิ่มขึ้นเพื่อนำเงินไปอุดหนุนรถโดยสาร",
			"ควรมีทางจักรยานแยกจากถนนริมแม่น้ำน่าน",
			"ที่จอดรถฟรีหน้าร้านสำคัญต่อรายได้ของพ่อค้าแม่ค้า",
			"ควรขยายถนนเพื่อลดรถติดก่อนลงทุนระบบขนส่งสาธารณะ",
			"ควรสร้างอาคารจอดรถหลายชั้นใกล้ตลาดใต้",
			"รถโดยสารไฟฟ้าแพงเกินไปสำหรับเมืองขนาดพิษณุโลก",
			"ควรมีแอปบอกเวลารถโดยสารมาถึงป้ายแบบเรียลไทม์",
			"ควรติดตั้งสัญญาณไฟจราจรอัจฉริยะที่ปรับตามปริมาณรถ",
			"ทางเท้าควรปลอดภัยสำหรับผู้สูงอายุและผู้พิการ",
			"ควรมีรถรับส่งนักเรียนที่ปลอดภัยในทุกอำเภอ");

	/** Group size and leaning per statement (same order as {@link #STATEMENTS}). */
	record Leaning(int size, String votes) {
	}

	static final List<Leaning> GROUPS = List.of(
			// walk, cycle and take the bus: restrain cars
			new Leaning(34, "AAAADDDDAPAA"),
			// shopkeepers and drivers: keep parking and widen roads
			new Leaning(28, "DDDPAAAADPAA"),
			// technology first, cautious about restrictions
			new Leaning(18, "DPDAPDPPAAAA"));

	private DemoOpinions() {
	}
}
