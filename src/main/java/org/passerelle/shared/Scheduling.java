package org.passerelle.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The jobs that run by themselves (dashboard refresh, quiz deadlines, sweeping old sign-in failures). Tests switch
 * them off ({@code passerelle.scheduling.enabled=false}) and run a job when they test it, so that no job of one
 * test's context works on another test's data at an unknown moment.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "passerelle.scheduling.enabled", matchIfMissing = true)
class Scheduling {}
