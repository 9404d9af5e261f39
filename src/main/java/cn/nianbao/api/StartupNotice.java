package cn.nianbao.api;

import cn.nianbao.account.InitialAdmin;
import cn.nianbao.config.NianbaoProperties;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where the service listens and which folders it watches, once it is ready (logs stay at WARN); after the
 * first start's admin was created, also how to log in the first time, with the real address.
 */
@Component
class StartupNotice {
    private final NianbaoProperties properties;
    private final InitialAdmin initialAdmin;

    StartupNotice(NianbaoProperties properties, InitialAdmin initialAdmin) {
        this.properties = properties;
        this.initialAdmin = initialAdmin;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
            String base = "http://" + host(address) + ":" + web.getWebServer().getPort() + "/";
            System.out.printf("Nianbao 服务已启动 / listening: %s （审核页面 / review pages; API: %sapi/reports）"
                    + "  收件箱 / inbox: %s%n", base, base, properties.inbox());
            initialAdmin.firstLogin().ifPresent(login -> System.out.printf(
                    "首次登录 / first login: %s  用户名 / user: %s  初始密码 / password: %s  （登录后须修改密码 / change it"
                            + " after logging in）%n", base, login.username(), login.password() == null
                            ? "NIANBAO_ADMIN_PASSWORD 的值 / the value of NIANBAO_ADMIN_PASSWORD" : login.password()));
        }
    }

    /** The address as a browser on this machine reaches it: a wildcard address is reached at 127.0.0.1. */
    private static String host(String address) {
        if (Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0").contains(address)) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
