package org.mokuhyo.plan;

/**
 * One of the mayor's 基本政策 (basic policies), e.g. 45 新たなコミュニティとつながりの創出.
 */
public record BasicPolicy(long id, int number, String title) {
}
