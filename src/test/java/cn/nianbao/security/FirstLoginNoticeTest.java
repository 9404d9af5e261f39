package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoService;
import cn.nianbao.api.ServiceClient;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default's first start prints how to log in, with the real address and a random password that
 * works (and must then be changed); a later start on the same data prints nothing of the kind.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstLoginNoticeTest {
    private static final Pattern NOTICE = Pattern.compile(
            "首次登录 / first login: http://127\\.0\\.0\\.1:(\\d+)/ {2}用户名 / user: admin {2}初始密码 / password: (\\S+) ");

    @Test
    void theFirstStartPrintsARandomPasswordThatWorksAndLaterStartsPrintNothing(CapturedOutput output) {
        Path data = ServiceClient.dataDir("nianbao-first-login");
        try (ConfigurableApplicationContext first = start(data)) {
            Matcher notice = NOTICE.matcher(output.getOut());
            assertThat(notice.find()).as(output.getOut()).isTrue();
            assertThat(Integer.parseInt(notice.group(1))).isEqualTo(port(first));
            String password = notice.group(2);
            assertThat(password).hasSize(16);

            WebSession admin = WebSession.loggedIn(port(first), "admin", password);
            assertThat(admin.get("/account").headers().firstValue("Location").orElse(""))
                    .endsWith("/account/password");
        }
        int printed = output.getOut().length();
        try (ConfigurableApplicationContext second = start(data)) {
            assertThat(output.getOut().substring(printed)).contains("listening: http://127.0.0.1:" + port(second))
                    .doesNotContain("首次登录");
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(NianbaoService.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--nianbao.data-dir=" + data, "--nianbao.jobs.enabled=false",
                "--nianbao.inbox-watch.enabled=false");
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
