/**
 * The plan module: the 総合計画 (comprehensive plan) tree and the list of the mayor's 基本政策 (basic policies), with
 * the reading of their codes.
 */
package org.mokuhyo.plan;
