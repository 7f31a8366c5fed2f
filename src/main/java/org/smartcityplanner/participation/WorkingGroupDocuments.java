package org.smartcityplanner.participation;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * The working group's official documents: the appointment order as an editable Word file or a PDF. The order id
 * must belong to the province ({@link org.smartcityplanner.shared.NotInProvinceException} otherwise).
 */
public interface WorkingGroupDocuments {

	byte[] orderDocx(ProvinceCode province, long orderId);

	/** @throws org.smartcityplanner.publication.PdfNotAvailableException when this node cannot make PDFs */
	byte[] orderPdf(ProvinceCode province, long orderId);

	/** The member list (current, former) and the sector balance as an Excel workbook. */
	byte[] membersXlsx(ProvinceCode province);
}
