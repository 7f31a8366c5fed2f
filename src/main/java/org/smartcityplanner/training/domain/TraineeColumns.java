package org.smartcityplanner.training.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.TraineeDraft;

/**
 * The columns of a trainee import file, found by their header in the first row (English or Thai names, any
 * order, any case): {@code full_name, organisation, sector, job_title, phone, email}. Name, organisation and
 * sector are required, and at least one of phone and e-mail.
 */
public final class TraineeColumns {

	private static final Map<String, String> ALIASES = new HashMap<>();

	static {
		alias("full_name", "full_name", "name", "fullname", "ชื่อ-นามสกุล", "ชื่อ นามสกุล", "ชื่อ-สกุล", "ชื่อ");
		alias("organisation", "organisation", "organization", "agency", "หน่วยงาน", "หน่วยงาน/องค์กร", "องค์กร");
		alias("sector", "sector", "ภาค", "ภาคส่วน", "ประเภทหน่วยงาน");
		alias("job_title", "job_title", "position", "title", "ตำแหน่ง");
		alias("phone", "phone", "telephone", "mobile", "โทรศัพท์", "เบอร์โทรศัพท์", "เบอร์โทร");
		alias("email", "email", "e-mail", "อีเมล", "อีเมล์");
	}

	private final Map<String, Integer> index;

	private TraineeColumns(Map<String, Integer> index) {
		this.index = index;
	}

	private static void alias(String column, String... names) {
		for (String name : names) {
			ALIASES.put(name.toLowerCase(Locale.ROOT), column);
		}
	}

	/** The columns of a header row, or the problem that makes the file unusable. */
	public static Result of(List<String> header) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = ALIASES.get(header.get(i).strip().replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT));
			if (column != null) {
				index.putIfAbsent(column, i);
			}
		}
		List<String> missing = new java.util.ArrayList<>();
		for (String required : List.of("full_name", "organisation", "sector")) {
			if (!index.containsKey(required)) {
				missing.add(required);
			}
		}
		if (!index.containsKey("phone") && !index.containsKey("email")) {
			missing.add("phone/email");
		}
		if (!missing.isEmpty()) {
			return new Result(null, FieldProblem.of(null, "training.import.columns.missing", String.join(", ", missing)));
		}
		return new Result(new TraineeColumns(index), null);
	}

	/** The draft in a data row. */
	public TraineeDraft draft(List<String> cells) {
		return new TraineeDraft(cell(cells, "full_name"), cell(cells, "organisation"), cell(cells, "sector"),
				cell(cells, "job_title"), cell(cells, "phone"), cell(cells, "email"));
	}

	private String cell(List<String> cells, String column) {
		return Optional.ofNullable(index.get(column)).filter(i -> i < cells.size()).map(cells::get).map(String::strip)
			.orElse("");
	}

	/**
	 * @param columns the columns, {@code null} when the header is unusable
	 * @param problem why it is unusable
	 */
	public record Result(TraineeColumns columns, FieldProblem problem) {
	}
}
