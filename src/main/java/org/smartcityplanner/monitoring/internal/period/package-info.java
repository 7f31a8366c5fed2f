/** Reporting periods of an approved plan: generated per quarter, opened and locked by the coordinator. */
package org.smartcityplanner.monitoring.internal.period;
