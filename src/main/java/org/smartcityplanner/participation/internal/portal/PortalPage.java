package org.smartcityplanner.participation.internal.portal;

/**
 * The public portal's page of a province.
 *
 * @param view the portal
 * @param ideasOpen whether the ideas tool takes ideas today
 */
public record PortalPage(PortalView view, boolean ideasOpen) {
}
