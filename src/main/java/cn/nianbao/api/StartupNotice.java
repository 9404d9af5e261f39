package cn.nianbao.api;

import cn.nianbao.config.NianbaoProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the service listens and which folders it watches, once it is ready (logs stay at WARN). */
@Component
class StartupNotice {
    private final NianbaoProperties properties;

    StartupNotice(NianbaoProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
            System.out.printf("Nianbao 服务已启动 / listening: http://%s:%d/api/reports  收件箱 / inbox: %s%n",
                    address, web.getWebServer().getPort(), properties.inbox());
        }
    }
}
