package org.smartcityplanner.demo.spi;

/**
 * One demo account as the console shows it.
 *
 * @param username sign-in name
 * @param role the role it holds, as shown (for example {@code CONSULTANT})
 * @param password its published demo password
 */
public record DemoSignIn(String username, String role, String password) {
}
