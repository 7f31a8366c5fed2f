package org.smartcityplanner.participation.internal.group;

import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.WorkingGroupDocuments;
import org.smartcityplanner.reports.spi.Publication;
import org.smartcityplanner.reports.spi.Publisher;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/** Renders an appointment order through the publication contract; the order before it is cited by a revision. */
@Component
class OrderDocuments implements WorkingGroupDocuments {

	private final GroupOrders orders;
	private final Publisher publisher;

	OrderDocuments(GroupOrders orders, Publisher publisher) {
		this.orders = orders;
		this.publisher = publisher;
	}

	@Override
	public byte[] orderDocx(ProvinceCode province, long orderId) {
		return publisher.docx(publication(province, orderId));
	}

	@Override
	public byte[] orderPdf(ProvinceCode province, long orderId) {
		return publisher.pdf(publication(province, orderId));
	}

	private Publication publication(ProvinceCode province, long orderId) {
		AppointmentOrder order = orders.order(province, orderId);
		AppointmentOrder replaced = order.isRevision() ? orders.orders(province).stream()
			.filter(o -> o.revision() == order.revision() - 1).findFirst().orElse(null) : null;
		return AppointmentOrderDocument.of(order, replaced);
	}
}
