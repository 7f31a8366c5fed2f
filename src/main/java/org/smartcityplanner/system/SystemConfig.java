package org.smartcityplanner.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Thai is the default language; {@code ?lang=en} or {@code ?lang=th} switches and a cookie remembers the choice
 * (a cookie, not the session, so any node serves the same language).
 */
@Configuration
class SystemConfig implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/** Only Thai and English exist; any other language resolves to Thai rather than to an empty bundle. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("scp-lang");
			// Pages start in Thai whatever the browser says; API clients without the cookie may ask for English.
			setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					&& prefersEnglish(request.getHeader("Accept-Language")) ? Locale.ENGLISH : THAI);
		}

		static boolean prefersEnglish(String acceptLanguage) {
			return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
		}

		@Override
		public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
			return "en".equals(super.resolveLocale(request).getLanguage()) ? Locale.ENGLISH : THAI;
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Locale locale) {
			super.setLocale(request, response,
					locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : THAI);
		}
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		NumberFormatters.register(registry);
		registry.addFormatterForFieldAnnotation(new BahtTextFormatterFactory());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
		localeChange.setParamName("lang");
		localeChange.setIgnoreInvalidLocale(true);
		registry.addInterceptor(localeChange);
	}
}
