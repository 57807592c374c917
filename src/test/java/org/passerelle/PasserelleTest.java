package org.passerelle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test against the whole application on the real (embedded) database, over HTTP on a port of its own. Every
 * such test has exactly this configuration, so Spring starts the application once per test JVM and every test
 * class reuses it: differences (a courses folder, a clock, a listener) live here for all, never on one class.
 *
 * <ul>
 *   <li>the courses folder holds the flagship course and every test's fixture courses ({@link TestCourses});
 *   <li>the clock is real time that tests may move forward or stop ({@link MutableClock}); it is back to real time
 *       after every test ({@link ClockBackToRealTime});
 *   <li>scheduled jobs are off: a test of a job runs it;
 *   <li>a session whose last tab closed ends 5 s later (30 s in production), so journeys need not wait long;
 *   <li>the public address is the test server's own, as credential verifiers must reach it.
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "passerelle.scheduling.enabled=false",
            "passerelle.sessions.after-last-tab=5s",
            "passerelle.temporary-folder=target/test-temporary"
        })
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(TestBeans.class)
@TestExecutionListeners(
        listeners = ClockBackToRealTime.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PasserelleTest {}
