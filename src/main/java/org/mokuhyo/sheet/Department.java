package org.mokuhyo.sheet;

/**
 * 部局 as named on a sheet, with the head's 補職 (title) and 氏名 (name) of that year.
 */
public record Department(String name, String headTitle, String headName) {
}
