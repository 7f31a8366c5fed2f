package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;
import java.util.List;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProfileService implements ProfileApi {

	private final TargetAreaRepository areas;
	private final AuditLog audit;

	ProfileService(TargetAreaRepository areas, AuditLog audit) {
		this.areas = areas;
		this.audit = audit;
	}

	@Override
	public List<TargetAreaView> areasOf(ProvinceCode province) {
		return areas.findByProvinceCodeOrderByNameTh(province.value()).stream().map(ProfileService::view).toList();
	}

	@Override
	@Transactional
	public TargetAreaView addArea(ProvinceCode province, LocalizedText name, AreaType type, Integer population,
			BigDecimal areaSqKm) {
		TargetArea area = new TargetArea();
		area.provinceCode = province.value();
		area.nameTh = name.th();
		area.nameEn = name.en();
		area.areaType = type.name();
		area.population = population;
		area.areaSqKm = areaSqKm;
		TargetAreaView saved = view(areas.save(area));
		audit.record(new AuditChange("target-area", String.valueOf(saved.id()), "created", province, null, saved));
		return saved;
	}

	private static TargetAreaView view(TargetArea area) {
		return new TargetAreaView(area.id, new ProvinceCode(area.provinceCode), new LocalizedText(area.nameTh, area.nameEn),
				AreaType.valueOf(area.areaType), area.population, area.areaSqKm);
	}
}
