package cn.nianbao.api;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API tests ({@link ReportApiContract}) against the embedded default: an H2 file database. */
class ReportApiTest extends ReportApiContract {
    private static final Path DATA = ServiceClient.dataDir("nianbao-api-test");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }
}
