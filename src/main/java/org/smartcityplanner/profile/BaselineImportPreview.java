package org.smartcityplanner.profile;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A checked baseline file, kept until the user who uploaded it confirms it or it expires. Nothing of it is saved
 * before the confirmation.
 *
 * @param id unguessable id of the preview
 * @param province the province it is for
 * @param fileName the uploaded file's name
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param expiresAt after this it can no longer be confirmed
 * @param rows every data row, in file order
 * @param confirmation what the confirmation saved, or {@code null} while not confirmed
 */
public record BaselineImportPreview(String id, ProvinceCode province, String fileName, String createdBy,
		Instant createdAt, Instant expiresAt, List<BaselineImportRow> rows, BaselineImportResult confirmation) {

	public BaselineImportPreview {
		rows = List.copyOf(rows);
	}

	public boolean confirmed() {
		return confirmation != null;
	}

	public long newCount() {
		return count(BaselineImportRow.Status.OK);
	}

	public long updateCount() {
		return count(BaselineImportRow.Status.UPDATE);
	}

	public long errorCount() {
		return count(BaselineImportRow.Status.ERROR);
	}

	/** Rows that would be saved: new ones and updates. */
	public long validCount() {
		return rows.size() - errorCount();
	}

	public boolean hasErrors() {
		return errorCount() > 0;
	}

	private long count(BaselineImportRow.Status status) {
		return rows.stream().filter(row -> row.status() == status).count();
	}
}
