/** Pages and API of KPI follow-up: periods, owners, "my updates", review and approval, KPI trend. */
package org.smartcityplanner.monitoring.web.kpi;
