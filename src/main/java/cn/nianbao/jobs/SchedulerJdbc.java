package cn.nianbao.jobs;

import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * db-scheduler's SQL dialect: PostgreSQL's own (with SKIP LOCKED) on PostgreSQL, the portable one on the
 * embedded H2. Instants are written in UTC either way (the columns are TIMESTAMP WITH TIME ZONE).
 */
final class SchedulerJdbc {
    private SchedulerJdbc() {
    }

    static JdbcCustomization customization(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.contains("PostgreSQL") ? new AutodetectJdbcCustomization(dataSource, true)
                    : new DefaultJdbcCustomization(true);
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot read the database's name", e);
        }
    }
}
