package org.smartcityplanner.participation.internal.group;

import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.WorkingGroupDocuments;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * Renders the working group's files through the publication contract: an appointment order (a revision cites the
 * order before it) and the member list.
 */
@Component
class OrderDocuments implements WorkingGroupDocuments {

	private final GroupOrders orders;
	private final Publisher publisher;
	private final GroupMembers members;
	private final GroupSettingsStore settings;
	private final GroupFigures figures;
	private final java.time.Clock clock;

	OrderDocuments(GroupOrders orders, Publisher publisher, GroupMembers members, GroupSettingsStore settings,
			GroupFigures figures, java.time.Clock clock) {
		this.orders = orders;
		this.publisher = publisher;
		this.members = members;
		this.settings = settings;
		this.figures = figures;
		this.clock = clock;
	}

	@Override
	public byte[] membersXlsx(ProvinceCode province) {
		return publisher.xlsx(MemberListWorkbook.of(settings.settings(province), members.current(province),
				members.former(province), figures.of(province), clock.instant()));
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
		AppointmentOrder replaced = order.replacesAnEarlierOrder() ? orders.orders(province).stream()
			.filter(o -> o.revision() == order.revision() - 1).findFirst().orElse(null) : null;
		return AppointmentOrderDocument.of(order, replaced);
	}
}
