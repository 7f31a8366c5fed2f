/**
 * The team matcher's framework-free model: the pool's candidates with their load, the province's needs, the
 * {@link org.smartcityplanner.engagement.domain.matching.TeamMatcher} port, the greedy fallback, the brute-force
 * reference and the reasons given for every choice and near miss. No solver library, Spring or JDBC type here.
 */
package org.smartcityplanner.engagement.domain.matching;
