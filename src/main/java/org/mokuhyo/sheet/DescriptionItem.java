package org.mokuhyo.sheet;

import java.util.List;

/**
 * An item of a mid-term goal's description, labelled (1)… where the source labels it, with its bullet points.
 */
public record DescriptionItem(String label, String text, List<String> subItems) {

	public DescriptionItem {
		subItems = List.copyOf(subItems);
	}
}
