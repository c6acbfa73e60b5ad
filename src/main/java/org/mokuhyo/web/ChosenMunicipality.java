package org.mokuhyo.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The municipality a visitor chose ({@code ?municipality=}, code or name) on a page read with GET, for the
 * navigation to carry along (templates: {@code @chosenMunicipality.value()}). Only a GET's query is read: the form
 * shown again after a refused upload must not read a multipart body the server could not read.
 */
@Component
public class ChosenMunicipality {

	/** The value as asked, or null. */
	public String value() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"GET".equals(request.getMethod()) || request.getQueryString() == null) {
			return null;
		}
		String value = request.getParameter("municipality");
		return value == null || value.isBlank() ? null : value.strip();
	}
}
