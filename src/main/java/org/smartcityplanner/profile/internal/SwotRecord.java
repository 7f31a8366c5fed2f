package org.smartcityplanner.profile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.profile.SwotLists;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The SWOT of a province or of one target area: one aggregate per subject, its items in one ordered list.
 */
@Table("prf_swot")
class SwotRecord {

	static final String PROVINCE = "province";

	@Id
	Long id;
	String provinceCode;
	/** {@value #PROVINCE} or {@code area:<id>}. */
	String subject;
	Long areaId;
	String updatedBy;
	Instant updatedAt;
	@Version
	Integer version;
	@MappedCollection(idColumn = "swot_id", keyColumn = "item_index")
	List<Item> items = new ArrayList<>();

	static String subjectOf(Long areaId) {
		return areaId == null ? PROVINCE : "area:" + areaId;
	}

	SwotLists lists() {
		return new SwotLists(of(Kind.S), of(Kind.W), of(Kind.O), of(Kind.T));
	}

	void lists(SwotLists lists) {
		items = new ArrayList<>();
		lists.strengths().forEach(text -> items.add(new Item(Kind.S.name(), text)));
		lists.weaknesses().forEach(text -> items.add(new Item(Kind.W.name(), text)));
		lists.opportunities().forEach(text -> items.add(new Item(Kind.O.name(), text)));
		lists.threats().forEach(text -> items.add(new Item(Kind.T.name(), text)));
	}

	private List<String> of(Kind kind) {
		return items.stream().filter(item -> item.kind().equals(kind.name())).map(Item::itemText).toList();
	}

	enum Kind {
		S, W, O, T
	}

	@Table("prf_swot_item")
	record Item(String kind, String itemText) {
	}
}
