/**
 * The national overview's pure rules: a province's and a target area's stage, the count of certified areas against
 * the programme's targets, the tile grid of the provinces and B.E. dates typed in forms. No Spring, no JDBC.
 */
package org.smartcityplanner.dashboard.domain;
