package org.smartcityplanner.training;

/**
 * A successful registration: the trainee and their personal link's secret (shown once, only its hash is kept).
 *
 * @param trainee the new trainee
 * @param accessToken the secret of the trainee's personal page {@code /t/{accessToken}}
 */
public record Registration(Trainee trainee, String accessToken) {
}
