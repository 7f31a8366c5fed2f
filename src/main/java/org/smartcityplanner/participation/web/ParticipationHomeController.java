package org.smartcityplanner.participation.web;

import java.util.Comparator;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The participation landing page: one card per tool (working group, stakeholders, meetings, surveys…). */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class ParticipationHomeController {

	private final List<LandingCard> cards;

	ParticipationHomeController(List<LandingCard> cards) {
		this.cards = cards.stream().sorted(Comparator.comparingInt(LandingCard::order)).toList();
	}

	@GetMapping("/p/{provinceCode}/participation")
	String home(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("cards", cards.stream().map(card -> card.card(province)).toList());
		return "participation/home";
	}

	/** The address written in the issue; pages of a province live under {@code /p/}. */
	@GetMapping("/provinces/{provinceCode}/participation")
	String longAddress(@PathVariable String provinceCode) {
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/participation";
	}
}
