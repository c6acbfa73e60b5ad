package org.mokuhyo.cli;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;

/**
 * The whole Spring context {@code convert} needs: the configuration (for the default municipality) and the JSON
 * mapper configured exactly as the API's. No component scan, so no database. Deliberately not a
 * {@code @Configuration}: the application's own scan must not pick it up.
 */
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class ConvertContext {
}
