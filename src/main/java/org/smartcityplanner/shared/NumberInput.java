package org.smartcityplanner.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form's text field that holds a number read by a rule (a capacity, a target count, a baseline value):
 * the web layer hands it over in the plain form {@link NumberText} reads ("๓๕,๐๐๐" becomes "35000"), and text
 * that is not a number unchanged, so the rule refuses it with its own message. Typed number fields need no mark.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NumberInput {
}
