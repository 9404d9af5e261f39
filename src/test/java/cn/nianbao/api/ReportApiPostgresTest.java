package cn.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.store.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API tests ({@link ReportApiContract}) against a real PostgreSQL server (embedded, on 127.0.0.1), set as
 * production sets it: SPRING_DATASOURCE_URL / USERNAME / PASSWORD. Flyway creates the schema there.
 */
class ReportApiPostgresTest extends ReportApiContract {
    private static final Path DATA = ServiceClient.dataDir("nianbao-api-pg-test");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabase("api");
        registry.add("nianbao.data-dir", DATA::toString);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", EmbeddedPostgresServer::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    private DataSource dataSource;

    @Test
    void theServiceRunsOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
