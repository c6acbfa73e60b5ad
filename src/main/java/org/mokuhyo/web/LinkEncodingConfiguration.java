package org.mokuhyo.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Resource links (webjars with their version, so browsers may keep them) for the links that are resources only.
 * Spring Boot's {@link ResourceUrlEncodingFilter}, registered because the webjars locator enables the resource chain,
 * asks the resource chain about every link a page writes: for a link to a page that meant looking for a file of
 * that name in every resource location, per link. The coverage matrix writes a link per cell, and that lookup was
 * nearly all of its time (JFR: 87 % of the dashboard's samples). So Boot's filter is off, and this one passes only
 * the site's resource paths to the chain.
 */
@Configuration(proxyBeanMethods = false)
class LinkEncodingConfiguration {

	/** Paths whose links may get a versioned form; the same as the public resource paths. */
	private static final String[] RESOURCE_PREFIXES = { "/webjars/", "/css/", "/js/" };

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ResourceLinkFilter> resourceLinkFilter() {
		return new FilterRegistrationBean<>(new ResourceLinkFilter());
	}

	static final class ResourceLinkFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new HttpServletResponseWrapper(response) {
				@Override
				public String encodeURL(String url) {
					if (isResource(request, url)) {
						Object provider = request
							.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
						if (provider instanceof ResourceUrlProvider resources) {
							String versioned = resources.getForRequestUrl(request, url);
							if (versioned != null) {
								return super.encodeURL(versioned);
							}
						}
					}
					return super.encodeURL(url);
				}
			});
		}

		private static boolean isResource(HttpServletRequest request, String url) {
			String context = request.getContextPath();
			if (!url.startsWith(context)) {
				return false;
			}
			for (String prefix : RESOURCE_PREFIXES) {
				if (url.startsWith(prefix, context.length())) {
					return true;
				}
			}
			return false;
		}
	}
}
