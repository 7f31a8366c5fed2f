package org.smartcityplanner.dashboard;

import java.util.List;

import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.participation.ParticipationEvidence;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.Province;

/**
 * What the province overview page and API show.
 *
 * @param province the province
 * @param engagements its engagements, newest first
 * @param areas its target areas
 * @param figures its plan and action plan figures, from the dashboard's read model
 * @param readinessScore the plan's readiness score now (0–100), checked when one province's overview is asked
 *        for; {@code null} in lists of provinces and for a province without a plan
 * @param participation who took part, counted by participation's statistics (the same figures as its pages,
 *        exports and the book's chapter); {@code null} in lists of provinces
 */
public record ProvinceOverview(Province province, List<EngagementView> engagements, List<TargetAreaView> areas,
		ProvinceFigures figures, Integer readinessScore, ParticipationEvidence participation) {
}
