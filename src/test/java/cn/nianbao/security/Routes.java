package cn.nianbao.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running service maps, read from its handler mappings (controllers, actuator, OpenAPI), so that
 * a page or endpoint added later is covered without being listed anywhere.
 */
record Routes(Set<Route> all) {
    /** Methods a mapping without any method answers; the methods that may change data are all but GET. */
    private static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String SAMPLE = "00000000-0000-0000-0000-000000000000";

    /** One method on one path pattern, e.g. {@code POST /api/reports}. */
    record Route(String method, String pattern) implements Comparable<Route> {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean admin() {
            return pattern.startsWith("/admin/");
        }

        boolean get() {
            return method.equals("GET");
        }

        /** A concrete path: every variable and wildcard filled with a sample (a UUID fits every id). */
        String path() {
            return pattern.replaceAll("\\{[^}]*}", SAMPLE).replace("**", "x").replace("*", "x");
        }

        @Override
        public int compareTo(Route other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Routes of(ApplicationContext service) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                service.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> names = methods.isEmpty() ? ANY_METHOD : methods.stream().map(Enum::name).toList();
                for (String pattern : info.getPatternValues()) {
                    names.forEach(method -> routes.add(new Route(method, pattern)));
                }
            }
        }
        return new Routes(routes);
    }

    List<Route> changing() {
        return all.stream().filter(r -> !r.get()).toList();
    }
}
