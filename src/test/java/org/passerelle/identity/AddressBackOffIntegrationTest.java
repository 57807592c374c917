package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.CountingDataSource;
import org.passerelle.MutableClock;
import org.passerelle.PasserelleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in back-off of a network address is counted in the database, so that several instances of Passerelle
 * behind one proxy allow an address the same guesses as one would (and not N times as many). Each "instance" here is
 * a throttle of its own, made without Spring, on the same database.
 */
@PasserelleTest
class AddressBackOffIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    SignInPolicy policy;

    @Autowired
    MutableClock clock;

    /** Waits are read to the second: the clock stands still unless the test moves it (real time again after it). */
    @BeforeEach
    void stopTheClock() {
        clock.freeze();
    }

    @Test
    void twoInstancesCountTheFailuresOfAnAddressTogether() {
        AddressBackOff first = instance(dataSource);
        AddressBackOff second = instance(dataSource);
        String address = newAddress();

        for (int i = 0; i < 5; i++) {
            first.recordFailure(address);
            second.recordFailure(address);
        }
        assertThat(first.mustWait(address)).isEmpty();
        assertThat(second.mustWait(address)).isEmpty();

        second.recordFailure(address);
        assertThat(first.mustWait(address))
                .as("the 11th failure, made on the other instance")
                .hasValue(Duration.ofSeconds(1));
        first.recordFailure(address);
        assertThat(second.mustWait(address)).hasValue(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        assertThat(first.mustWait(address)).isEmpty();
        assertThat(second.mustWait(address)).isEmpty();
    }

    @Test
    void failuresArrivingTogetherOnTwoInstancesAreAllCounted() throws Exception {
        String address = newAddress();
        List<Callable<Void>> instances =
                List.of(failing(instance(dataSource), address), failing(instance(dataSource), address));
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (Future<Void> done : threads.invokeAll(instances)) {
                done.get();
            }
        }
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select failures from identity_sign_in_address where address = ?",
                                Integer.class,
                                address))
                .isEqualTo(30);
        assertThat(instance(dataSource).mustWait(address))
                .as("20 failures past the free ones: the longest wait")
                .hasValue(policy.longestAddressDelay());
    }

    @Test
    void anAddressQuietForTheWholeWindowStartsAfreshAndIsDeletedByTheSweep() {
        AddressBackOff backOff = instance(dataSource);
        String address = newAddress();
        for (int i = 0; i < 11; i++) {
            backOff.recordFailure(address);
        }
        assertThat(backOff.mustWait(address)).isPresent();

        clock.advance(policy.addressWindow().plusSeconds(1));
        assertThat(backOff.mustWait(address)).isEmpty();
        assertThat(backOff.forgetQuiet()).isPositive();
        assertThat(rows(address)).isZero();

        backOff.recordFailure(address);
        assertThat(rows(address)).isOne();
        assertThat(backOff.mustWait(address)).isEmpty();
    }

    @Test
    void eachSignInAttemptCostsOneStatementAndEachFailureOneMore() {
        CountingDataSource counting = new CountingDataSource(dataSource);
        AddressBackOff backOff = instance(counting.dataSource());
        String address = newAddress();

        backOff.mustWait(address);
        int check = counting.statements();
        counting.reset();
        backOff.recordFailure(address);
        int failure = counting.statements();
        counting.reset();
        backOff.recordFailure(address);
        int laterFailure = counting.statements();

        System.out.printf(
                "SQL statements | sign-in address check %d | first failure %d | later failure %d%n",
                check, failure, laterFailure);
        assertThat(List.of(check, failure, laterFailure)).containsOnly(1);
    }

    private AddressBackOff instance(DataSource database) {
        return new AddressBackOff(new JdbcTemplate(database), policy, clock);
    }

    private static Callable<Void> failing(AddressBackOff instance, String address) {
        return () -> {
            for (int i = 0; i < 15; i++) {
                instance.recordFailure(address);
            }
            return null;
        };
    }

    private int rows(String address) {
        return new JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(*) from identity_sign_in_address where address = ?", Integer.class, address);
    }

    private static String newAddress() {
        return "2001:db8::" + UUID.randomUUID().toString().substring(0, 4) + ":"
                + UUID.randomUUID().toString().substring(0, 4);
    }
}
