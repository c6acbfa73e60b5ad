/**
 * People and roles: accounts with hashed passwords, their roles ({@link org.mokuhyo.account.Role}) and the
 * departments they answer for, the signed-in user ({@link org.mokuhyo.account.CurrentUser}), and the one place for
 * the rules of who may do what ({@link org.mokuhyo.account.Access}). Sign-in itself is Spring Security's: this module
 * gives it the accounts (an {@code AuthenticationProvider} with a lock-out after repeated failures) and the password
 * encoder; the web and api modules each configure their own filter chain with it.
 */
@ApplicationModule(allowedDependencies = { "organization", "sheet" })
package org.mokuhyo.account;

import org.springframework.modulith.ApplicationModule;
