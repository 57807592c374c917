package org.passerelle;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the one test application's {@link MutableClock} back to real time after every test method, whether the test
 * moved or froze it or not, so no test can leave the clock moved for the tests that come after it.
 */
class ClockBackToRealTime implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBean(MutableClock.class).reset();
    }
}
