package org.passerelle.credentials;

import org.mockito.AdditionalAnswers;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The repository of completion records as a Mockito mock that does what the real one does until a test tells it
 * to fail (a crash while a record is issued), and again after {@code Mockito.reset}. Part of the one test
 * application: a bean overridden for one test class only would start a second application, and with two alive the
 * static security context of one hides the other's signed-in person.
 */
public final class RecordsThatCanFail {

    private RecordsThatCanFail() {}

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor recordsThatCanFail() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof CompletionRecords records
                                    && !Mockito.mockingDetails(bean).isMock()
                            ? Mockito.mock(CompletionRecords.class, AdditionalAnswers.delegatesTo(records))
                            : bean;
                }
            };
        }
    }
}
