package org.smartcityplanner.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form field (a {@code BigDecimal} or {@link Baht}, or a map or list of them) as an amount of baht typed
 * by a person: the web layer reads it with {@link Baht#parse}, so every form accepts the same forms of money.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface BahtText {
}
