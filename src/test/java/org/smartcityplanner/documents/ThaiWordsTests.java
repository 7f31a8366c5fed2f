package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The Thai word segmenter on the book's own text: the words ICU's dictionary cuts (and LibreOffice with it)
 * stay whole, the marks it adds are invisible and removable, and text without such words is left alone.
 */
class ThaiWordsTests {

	private static final ThaiWords WORDS = ThaiWords.get();

	@Test
	void icuAloneCutsWordsAThaiReaderSeesAsOne() {
		// the reason for the word list: without it these come apart at a line end
		assertThat(icuWords("โดยบูรณาการข้อมูล")).doesNotContain("บูรณาการ");
		assertThat(icuWords("สี่แยกอินโดจีน")).doesNotContain("อินโดจีน");
	}

	@Test
	void keepsListedWordsWholeInTheBooksOwnSentences() {
		assertThat(WORDS.words("แผนแม่บทฉบับนี้เป็นกรอบการพัฒนาเมืองอัจฉริยะภายใต้ยุทธศาสตร์ชาติ โดยบูรณาการข้อมูล"))
			.contains("เป็นกรอบ", "ภายใต้", "บูรณาการ", "ยุทธศาสตร์");
		assertThat(WORDS.words("ศูนย์กลางการค้าแห่งสี่แยกอินโดจีน")).contains("อินโดจีน");
		assertThat(WORDS.words("ระเบียงเศรษฐกิจตะวันออก–ตะวันตก")).contains("ตะวันออก", "ตะวันตก");
		assertThat(WORDS.words("งบประมาณรวม 168,100,000.25 บาท")).contains("งบประมาณ", "168,100,000.25");
	}

	@Test
	void marksListedWordsWithJoinersInsideAndBreaksAround() {
		String marked = WORDS.withLineBreaks("โดยบูรณาการระบบ");

		// the word on its own between zero-width spaces, joiners between its letters but not after a marked one
		assertThat(marked).isEqualTo("โดย\u200Bบูร\u2060ณ\u2060า\u2060ก\u2060า\u2060ร\u200Bระบบ");
		assertThat(WORDS.withLineBreaks("เมืองอัจฉริยะ")).isEqualTo("เมือง\u200Bอัจ\u2060ฉ\u2060ริย\u2060ะ");
		assertThat(ThaiWords.withoutLineBreaks(marked)).isEqualTo("โดยบูรณาการระบบ");
	}

	@Test
	void leavesTextWithoutListedWordsAlone() {
		String text = "ค่าเฉลี่ย PM2.5 รายปี";
		assertThat(WORDS.withLineBreaks(text)).isSameAs(text);
		assertThat(WORDS.withLineBreaks("Environment and Wi-Fi")).isEqualTo("Environment and Wi-Fi");
	}

	@Test
	void everyBookMessageKeepsItsTextAfterMarking() throws IOException {
		Properties messages = new Properties();
		try (var in = getClass().getResourceAsStream("/messages_th.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (String key : messages.stringPropertyNames()) {
			if (key.startsWith("book.")) {
				String text = messages.getProperty(key);
				assertThat(ThaiWords.withoutLineBreaks(WORDS.withLineBreaks(text))).as(key).isEqualTo(text);
				assertThat(String.join("", WORDS.words(text))).as(key).isEqualTo(text);
			}
		}
	}

	private static List<String> icuWords(String text) {
		BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag("th"));
		words.setText(text);
		List<String> out = new java.util.ArrayList<>();
		int prev = words.first();
		for (int p = words.next(); p != BreakIterator.DONE; p = words.next()) {
			out.add(text.substring(prev, p));
			prev = p;
		}
		return out;
	}

	@Test
	void joinsAListedWordOnlyWhereTheLayoutEngineWouldBreakItWhenThatIsKnown() {
		String marked = WORDS.withLineBreaks("โดยบูรณาการระบบ", java.util.Map.of("บูรณาการ", java.util.Set.of(3)));
		assertThat(marked).isEqualTo("โดย\u200Bบูร\u2060ณาการ\u200Bระบบ");
		// a listed word the engine never breaks keeps only the breaks around it
		assertThat(WORDS.withLineBreaks("โดยบูรณาการระบบ", java.util.Map.of("บูรณาการ", java.util.Set.of())))
			.isEqualTo("โดย\u200Bบูรณาการ\u200Bระบบ");
	}
}
