package org.mokuhyo.api;

import org.mokuhyo.platform.VersionedCache;
import org.mokuhyo.platform.VersionedResponseCache;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sheet's JSON is served from the bytes of its current version once read, with an ETag naming that version.
 */
@Configuration(proxyBeanMethods = false)
class SheetJsonCacheConfiguration {

	@Bean
	FilterRegistrationBean<VersionedResponseCache> sheetJsonCache(SheetStore store) {
		VersionedResponseCache filter = new VersionedResponseCache("/api/v1/sheets/", "json", "application/json",
				store::currentVersion, VersionedCache.ofHeapShare(16));
		FilterRegistrationBean<VersionedResponseCache> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/v1/sheets/*");
		return registration;
	}
}
