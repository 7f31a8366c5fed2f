package org.smartcityplanner.shared;

/**
 * An id that a request carried (in the path, a form, a JSON body or an imported file) does not name anything in
 * the province of the path. "Belongs to another province" and "does not exist" are deliberately the same answer,
 * so a caller learns nothing about other provinces. Pages answer 404, the API 404 problem+json naming the field;
 * nothing is stored.
 */
public class NotInProvinceException extends RuntimeException {

	private final String field;
	private final String id;

	/**
	 * @param field the request field that carried the id, as the user knows it (e.g. {@code targetAreaIds})
	 * @param id the id as sent
	 */
	public NotInProvinceException(String field, Object id) {
		super("No " + field + " " + id + " in this province");
		this.field = field;
		this.id = String.valueOf(id);
	}

	public String field() {
		return field;
	}

	public String id() {
		return id;
	}
}
