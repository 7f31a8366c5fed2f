package org.smartcityplanner.plan.web;

/**
 * A strategy under a goal.
 */
public class StrategyForm extends TitledItemForm {
}
