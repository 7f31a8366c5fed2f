package org.smartcityplanner.actionplan.optimiser.model;

/**
 * Project {@code projectId} may only be funded if {@code requiredProjectId} is funded too, and it may not start
 * before it (it may start in the same fiscal year).
 *
 * @param projectId the dependent project (B)
 * @param requiredProjectId the project it needs (A)
 */
public record Dependency(String projectId, String requiredProjectId) {
}
