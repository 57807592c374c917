package org.passerelle.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Without {@code spring.datasource.url}, Passerelle runs on its own MariaDB through MySQL Connector/J. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    static final String DATA_DIR = "passerelle.embedded-db.data-dir";
    static final String DATABASE = "passerelle";

    @Bean
    EmbeddedMariaDb embeddedMariaDb(@Value("${passerelle.embedded-db.data-dir:data}") String dataDir) {
        return EmbeddedMariaDb.obtain(dataDir, DATABASE);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
