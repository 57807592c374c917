package org.passerelle.shared.database;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode (demo accounts with a known password) is on with the embedded database and off otherwise,
 * unless {@code passerelle.demo} says so explicitly.
 */
public class DemoModeCondition extends EmbeddedDatabaseCondition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Boolean explicit = context.getEnvironment().getProperty("passerelle.demo", Boolean.class);
        return explicit != null ? explicit : super.matches(context, metadata);
    }
}
