package org.smartcityplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.smartcityplanner.SmartCityPlannerApplication;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.reports.book.BookInput;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.smartcityplanner.reports.internal.BookInputs;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writes the demo province's master-plan book (TH-65) in Thai and English, DOCX and PDF, to a folder, so a
 * person can look at them (render with {@code pdftoppm -r 60}). Run: {@code bench/demo-books.sh [folder]}.
 * Not a test.
 */
public final class DemoBooks {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "target/demo-books");
		Files.createDirectories(out);
		Path work = Files.createTempDirectory("scp-demo-books");
		ConfigurableApplicationContext app = new SpringApplication(SmartCityPlannerApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:demobooks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--scp.data-dir=" + work, "--scp.demo.enabled=true", "--spring.main.banner-mode=off",
				"--scp.reports.poll-interval=PT1H", "--logging.level.root=WARN",
				"--logging.level.org.smartcityplanner=WARN");
		int exit = 0;
		try {
			ProvinceCode province = ProvinceCode.of("TH-65");
			DocumentsApi documents = app.getBean(DocumentsApi.class);
			PlanVersionSummary version = ReportTestPlans.savedVersion(app.getBean(PlanUseCases.class), province,
					"demo");
			for (DocumentLanguage language : DocumentLanguage.values()) {
				BookInput input = BookInputs.load(app, province, version.id(), language);
				DocumentModel model = new MasterPlanBook().build(input, BookInputs.texts(app, language), (d, t) -> {
				});
				byte[] docx = documents.docx(model);
				Files.write(out.resolve("book-" + language.code() + ".docx"), docx);
				Files.write(out.resolve("book-" + language.code() + ".pdf"), documents.pdfOfDocx(docx));
				System.out.println("wrote " + out.resolve("book-" + language.code() + ".{docx,pdf}"));
			}
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exit = 1;
		}
		finally {
			app.close();
		}
		System.exit(exit);
	}
}
