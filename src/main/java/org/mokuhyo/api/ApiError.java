package org.mokuhyo.api;

/**
 * The body of every API error.
 *
 * @param code    stable and machine-readable, e.g. NOT_FOUND
 * @param message for people, in Japanese
 */
record ApiError(String code, String message) {
}
