package cn.nianbao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The service: HTTP API, inbox folders and the job queue, in the same jar as the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NianbaoService {
    public static void start(String[] args) {
        SpringApplication.run(NianbaoService.class, args);
    }
}
