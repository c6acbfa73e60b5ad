package org.mokuhyo.sheet;

/**
 * A link to one of the mayor's 基本政策 (basic policies), e.g. 45 新たなコミュニティとつながりの創出.
 */
public record PolicyLink(int number, String title) {
}
