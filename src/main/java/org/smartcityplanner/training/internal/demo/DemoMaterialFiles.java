package org.smartcityplanner.training.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.smartcityplanner.training.internal.MaterialFileUseCases;

/**
 * Gives the demo curriculum one real material file: the first topic's lecture slides, a tiny fictional PDF shipped
 * with the application. The curriculum is national, so it is attached once, by whichever province is seeded first.
 */
final class DemoMaterialFiles {

	static final String TOPIC = "MINDSET";
	static final String TITLE = "สไลด์บรรยายหัวข้อที่ 1";
	private static final String RESOURCE = "/demo/training/topic-1-slides.pdf";

	private DemoMaterialFiles() {
	}

	static void attach(MaterialFileUseCases files) {
		boolean attached = files.filesOf(TOPIC).stream().anyMatch(f -> f.title().equals(TITLE));
		boolean stillListed = files.topicHasMaterial(TOPIC, TITLE);
		if (attached || !stillListed) {
			return;
		}
		try (InputStream pdf = DemoMaterialFiles.class.getResourceAsStream(RESOURCE)) {
			files.attach(TOPIC, TITLE, "topic-1-slides.pdf", pdf.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
