package org.mokuhyo.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A query parameter an API read does not take is a 400 INVALID_PARAMETER, not ignored: a misspelt or misplaced
 * filter ({@code fiscalYear=2024} on the departments, {@code fiscalyear=…}) would otherwise answer the whole,
 * unfiltered list as if it were the one asked for. The names taken are the handler's {@code @RequestParam}s and, for
 * one reading them all as a map (the search), the query parameters its {@code @Operation} documents.
 */
@Configuration(proxyBeanMethods = false)
class UnknownParameters implements WebMvcConfigurer, HandlerInterceptor {

	/** Longest parameter name echoed in the message; the name is never put into a header. */
	private static final int ECHO = 40;

	private final Map<java.lang.reflect.Method, Set<String>> known = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null
				|| !method.getBeanType().getPackageName().equals(UnknownParameters.class.getPackageName())
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		Set<String> names = known.computeIfAbsent(method.getMethod(), m -> names(method));
		if (names == null) {
			return true;
		}
		for (String pair : request.getQueryString().split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String name = decode(pair.split("=", 2)[0]);
			if (!names.contains(name)) {
				String shown = name.length() > ECHO ? name.substring(0, ECHO) + "…" : name;
				throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
						"パラメータ " + shown + " はこのアドレスでは使えません");
			}
		}
		return true;
	}

	/** The names the handler reads; null when it reads every parameter and documents none. */
	private static Set<String> names(HandlerMethod method) {
		Set<String> names = new HashSet<>();
		boolean readsAll = false;
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				readsAll = true;
				continue;
			}
			String name = !param.name().isEmpty() ? param.name()
					: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
			names.add(name);
		}
		Operation operation = method.getMethodAnnotation(Operation.class);
		if (readsAll) {
			if (operation == null || operation.parameters().length == 0) {
				return null;
			}
			for (io.swagger.v3.oas.annotations.Parameter documented : operation.parameters()) {
				if (documented.in() == ParameterIn.QUERY) {
					names.add(documented.name());
				}
			}
		}
		return names;
	}

	private static String decode(String name) {
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}
}
