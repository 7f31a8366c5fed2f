package org.smartcityplanner.profile.internal.demo;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaDetails.BoundaryChange;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.CityType;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The demo province's profile: context, development-plan strategies, SWOT and two target areas with plausible
 * (invented) boundaries around Phitsanulok city. Figures are rounded and illustrative, not official statistics.
 */
final class DemoProfile {

	static final String PLAN_YEARS = "2566–2570";

	/** About 7 km² on both banks of the Nan around the old town and Wat Yai. */
	static final double[][] OLD_TOWN = { { 100.2508, 16.8123 }, { 100.2610, 16.8092 }, { 100.2709, 16.8118 },
			{ 100.2748, 16.8206 }, { 100.2735, 16.8300 }, { 100.2659, 16.8368 }, { 100.2556, 16.8362 },
			{ 100.2481, 16.8288 }, { 100.2473, 16.8196 }, { 100.2508, 16.8123 } };

	/** About 25 km² south-east of the centre, towards the Indochina junction. */
	static final double[][] LOGISTICS = { { 100.2882, 16.7835 }, { 100.3061, 16.7710 }, { 100.3275, 16.7680 },
			{ 100.3418, 16.7799 }, { 100.3442, 16.7989 }, { 100.3311, 16.8150 }, { 100.3108, 16.8192 },
			{ 100.2948, 16.8091 }, { 100.2882, 16.7835 } };

	/**
	 * A simplified outline of the province for the demo map: a hand-drawn approximation around its real extent,
	 * not survey data. A real province uploads its own outline from its GIS office.
	 */
	private static final double[][] PROVINCE_OUTLINE = { { 99.92, 16.98 }, { 100.08, 17.28 }, { 100.30, 17.52 },
			{ 100.62, 17.72 }, { 100.86, 17.62 }, { 101.02, 17.36 }, { 100.98, 17.02 }, { 100.90, 16.74 },
			{ 100.72, 16.52 }, { 100.46, 16.40 }, { 100.22, 16.46 }, { 100.06, 16.62 }, { 99.96, 16.80 },
			{ 99.92, 16.98 } };

	private DemoProfile() {
	}

	static void seed(ProfileUseCases profile, ProvinceCode province) {
		profile.saveContext(province, null, context());
		strategies().forEach(strategy -> profile.addStrategy(province, strategy));
		profile.saveSwot(province, null, null, provinceSwot());
		profile.replaceProvinceOutline(province, polygon(PROVINCE_OUTLINE));

		TargetAreaView oldTown = profile.createArea(province, new AreaDetails(
				new LocalizedText("ย่านเมืองเก่าริมแม่น้ำน่าน", "Nan Riverside Old Town"), AreaType.OLD_TOWN,
				CityType.LIVEABLE_CITY, 38_500,
				null, "เมืองเก่าริมน้ำน่านที่มีชีวิต ผู้สูงอายุอยู่อย่างปลอดภัย และเป็นประตูสู่มรดกวัฒนธรรมสุโขทัย–พิษณุโลก",
				List.of("LIV", "ENV", "ECO"), BoundaryChange.replaceWith(polygon(OLD_TOWN))));
		profile.saveSwot(province, oldTown.id(), null, new SwotLists(
				List.of("วัดพระศรีรัตนมหาธาตุฯ ดึงดูดผู้มาเยือนตลอดปี", "ชุมชนริมน้ำและตลาดเก่ายังมีชีวิต"),
				List.of("น้ำท่วมริมตลิ่งในฤดูฝน", "ที่จอดรถและทางเดินเท้าไม่เพียงพอ"),
				List.of("โครงการฟื้นฟูเมืองเก่าของกรมศิลปากร", "กระแสการท่องเที่ยวเชิงวัฒนธรรม"),
				List.of("ผู้อยู่อาศัยเดิมย้ายออกจากย่าน")));
		TargetAreaView logistics = profile.createArea(province, new AreaDetails(
				new LocalizedText("เขตเศรษฐกิจและโลจิสติกส์สี่แยกอินโดจีน", "Indochina Junction Logistics District"),
				AreaType.LOGISTICS, CityType.NEW_CITY, 21_300, null,
				"ศูนย์กลางกระจายสินค้าและการเดินทางของภาคเหนือตอนล่าง เชื่อมระเบียงเศรษฐกิจตะวันออก–ตะวันตกด้วยข้อมูลแบบเรียลไทม์",
				List.of("MOB", "ECO", "ENE"), BoundaryChange.replaceWith(polygon(LOGISTICS))));
		profile.saveSwot(province, logistics.id(), null, new SwotLists(
				List.of("อยู่บนจุดตัดทางหลวงสาย 12 และ 11", "ที่ดินว่างพร้อมพัฒนาจำนวนมาก"),
				List.of("ขนส่งสาธารณะเข้าถึงพื้นที่น้อย"),
				List.of("รถไฟทางคู่และรถไฟความเร็วสูงสายเหนือ", "การค้าชายแดนผ่านแม่สอด"),
				List.of("ความแออัดของการจราจรขนส่งสินค้า", "ฝุ่นละอองจากการเผาในที่โล่ง")));
		DemoBaselines.seed(profile, province, oldTown.id(), logistics.id());
	}

	static ContextParts context() {
		return new ContextParts(
				"""
						เศรษฐกิจของจังหวัดพึ่งพาภาคเกษตร (ข้าว อ้อย มันสำปะหลัง) ภาคการค้าและบริการ และภาคราชการ เนื่องจากเป็นศูนย์กลางหน่วยงานระดับภาคของภาคเหนือตอนล่าง
						ผลิตภัณฑ์มวลรวมจังหวัดเติบโตเฉลี่ยราวร้อยละ 3 ต่อปี รายได้เฉลี่ยต่อหัวยังต่ำกว่าค่าเฉลี่ยประเทศ การท่องเที่ยวเชิงวัฒนธรรมและการประชุมสัมมนาเป็นแหล่งรายได้ที่กำลังเติบโต""",
				"""
						ประชากรราว 8.6 แสนคน สัดส่วนผู้สูงอายุเกินร้อยละ 20 แล้ว มีมหาวิทยาลัยและโรงพยาบาลระดับตติยภูมิหลายแห่ง ทำให้เป็นศูนย์กลางการศึกษาและการแพทย์ของภูมิภาค
						ยังมีความเหลื่อมล้ำระหว่างเขตเมืองกับอำเภอรอบนอก โดยเฉพาะการเข้าถึงบริการสุขภาพและการศึกษา""",
				"""
						แม่น้ำน่านไหลผ่านกลางเมือง เป็นทั้งเอกลักษณ์และความเสี่ยงน้ำท่วมในฤดูฝน พื้นที่ป่าทางตะวันออกของจังหวัดยังสมบูรณ์
						ปัญหาหลักคือฝุ่นละออง PM2.5 ช่วงฤดูแล้งจากการเผาในที่โล่ง และปริมาณขยะชุมชนที่เพิ่มขึ้นในเขตเทศบาล""",
				"""
						เป็นจุดตัดของทางหลวงสายหลักเหนือ–ใต้และตะวันออก–ตะวันตก (สี่แยกอินโดจีน) มีท่าอากาศยานและสถานีรถไฟสายเหนือ รถไฟทางคู่กำลังก่อสร้าง
						ระบบขนส่งสาธารณะในเมืองยังมีเส้นทางจำกัด ทางเดินเท้าและทางจักรยานไม่ต่อเนื่อง""",
				"""
						โครงข่ายอินเทอร์เน็ตความเร็วสูงครอบคลุมเขตเมืองเกือบทั้งหมด แต่ยังไม่ทั่วถึงในพื้นที่ห่างไกล
						หน่วยงานในจังหวัดเริ่มเปิดเผยข้อมูลผ่านศูนย์ข้อมูลจังหวัด บริการอิเล็กทรอนิกส์ของท้องถิ่นยังแยกส่วน บุคลากรด้านข้อมูลมีน้อย""");
	}

	static List<StrategyDraft> strategies() {
		return List.of(
				new StrategyDraft("1", "พัฒนาเศรษฐกิจฐานเกษตรมูลค่าสูงและอุตสาหกรรมแปรรูปที่เป็นมิตรกับสิ่งแวดล้อม",
						null, PLAN_YEARS),
				new StrategyDraft("2", "ส่งเสริมการท่องเที่ยวเชิงประวัติศาสตร์ วัฒนธรรม และธรรมชาติอย่างยั่งยืน", null,
						PLAN_YEARS),
				new StrategyDraft("3", "พัฒนาเมืองศูนย์กลางโลจิสติกส์และการค้าเชื่อมโยงภูมิภาค",
						"ใช้ประโยชน์จากที่ตั้งบนสี่แยกอินโดจีนและรถไฟทางคู่", PLAN_YEARS),
				new StrategyDraft("4", "ยกระดับคุณภาพชีวิต การศึกษา และสาธารณสุขสู่สังคมสูงวัยอย่างมีคุณภาพ", null,
						PLAN_YEARS),
				new StrategyDraft("5", "บริหารจัดการทรัพยากรธรรมชาติ สิ่งแวดล้อม และภัยพิบัติด้วยข้อมูลและเทคโนโลยี", null,
						PLAN_YEARS));
	}

	static SwotLists provinceSwot() {
		return new SwotLists(
				List.of("ที่ตั้งเป็นศูนย์กลางคมนาคมของภาคเหนือตอนล่าง", "มีมหาวิทยาลัยและโรงพยาบาลระดับภูมิภาค",
						"แหล่งประวัติศาสตร์และวัฒนธรรมที่มีชื่อเสียง"),
				List.of("รายได้เฉลี่ยต่อหัวต่ำกว่าค่าเฉลี่ยประเทศ", "ข้อมูลของหน่วยงานกระจัดกระจาย ไม่เชื่อมโยงกัน",
						"ขนส่งสาธารณะในเมืองมีจำกัด"),
				List.of("รถไฟทางคู่และรถไฟความเร็วสูงสายเหนือ", "ระเบียงเศรษฐกิจตะวันออก–ตะวันตก (EWEC)",
						"นโยบายเมืองอัจฉริยะและกองทุนดิจิทัลของรัฐ"),
				List.of("สังคมสูงวัยและแรงงานวัยหนุ่มสาวย้ายออก", "น้ำท่วมและภัยแล้งที่รุนแรงขึ้น",
						"ฝุ่นละออง PM2.5 ช่วงฤดูแล้ง"));
	}

	/** A GeoJSON Polygon from lon/lat pairs. */
	static String polygon(double[][] ring) {
		String coordinates = Stream.of(ring)
			.map(point -> String.format(Locale.ROOT, "[%.4f,%.4f]", point[0], point[1]))
			.collect(Collectors.joining(","));
		return "{\"type\":\"Polygon\",\"coordinates\":[[" + coordinates + "]]}";
	}
}
