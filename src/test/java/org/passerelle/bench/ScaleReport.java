package org.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/** Prints what the database holds: rows and size per table (InnoDB's figures), and the data folder's size. */
final class ScaleReport {

    private final JdbcTemplate jdbc;

    ScaleReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void print(Path dataDir) {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE' order by table_name",
                String.class);
        // Fresh statistics, so that the sizes below are those of the data just written.
        tables.forEach(table -> jdbc.queryForList("analyze table " + table));
        long totalRows = 0;
        long totalBytes = 0;
        System.out.printf("SCALE %-32s %12s %10s %10s%n", "table", "rows", "data MB", "index MB");
        for (String table : tables) {
            Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
            Map<String, Object> size = jdbc.queryForMap(
                    "select data_length, index_length from information_schema.tables"
                            + " where table_schema = database() and table_name = ?",
                    table);
            long data = ((Number) size.get("data_length")).longValue();
            long index = ((Number) size.get("index_length")).longValue();
            if (rows != null && rows > 0) {
                System.out.printf("SCALE %-32s %,12d %10.1f %10.1f%n", table, rows, mb(data), mb(index));
            }
            totalRows += rows == null ? 0 : rows;
            totalBytes += data + index;
        }
        System.out.printf("SCALE %-32s %,12d %21.1f%n", "all tables (data + indexes)", totalRows, mb(totalBytes));
        System.out.printf(
                "SCALE on disk: %.1f MB of database files in %s (%.1f MB with the MariaDB binaries beside them)%n",
                mb(size(dataDir.resolve("db"))),
                dataDir.resolve("db").toAbsolutePath().normalize(),
                mb(size(dataDir)));
        System.out.printf(
                "SCALE server: InnoDB buffer pool %.0f MB%n",
                mb(jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class)));
    }

    private static double mb(long bytes) {
        return bytes / 1_048_576.0;
    }

    static long size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
