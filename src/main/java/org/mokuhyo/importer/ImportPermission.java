package org.mokuhyo.importer;

/**
 * Whether the caller may store the sheet just read. Who may import which department is known only after parsing
 * (the department is in the document), so {@link ImportService} asks this between parsing and storing, inside the
 * import's transaction: a refusal stores nothing.
 */
@FunctionalInterface
public interface ImportPermission {

	/** For callers that are trusted as a whole (the command line, which runs with the server's own rights). */
	ImportPermission ANYONE = (municipality, department) -> true;

	/** @param municipality and {@code department}: the names the sheet will be stored under */
	boolean allows(String municipality, String department);
}
