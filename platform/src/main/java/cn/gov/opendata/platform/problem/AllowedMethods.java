package cn.gov.opendata.platform.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods a path has, for the Allow header a 405 must carry (RFC 9110 §15.5.6). The framework refuses the method
 * without saying which ones the path takes, so they are read once from the service's own resources (their
 * {@code @Path} templates and HTTP method annotations). Where templates of two resources match one path, the methods of
 * both are named, though the framework routes the path to one of them.
 */
final class AllowedMethods {

    record Route(Pattern path, String method) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** "GET, HEAD, OPTIONS, POST" for a path some resource serves, empty for one none does. */
    static Optional<String> of(String path) {
        return of(path, routes());
    }

    static Optional<String> of(String path, List<Route> routes) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        // the framework answers both for every path it serves
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(String.join(", ", methods));
    }

    private static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private static List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            // a REST client serves nothing here: its interface, or the bean Quarkus generates for it, which carries the
            // interface's @Path but none of its methods' annotations, so it adds no route either
            if (root == null || type.isInterface()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Route(pattern(root.value() + "/" + (sub == null ? "" : sub.value())), http));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {name} is one segment, {name: regex} its own expression. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        String path = ("/" + template).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int depth = 1;
            int end = i + 1;
            while (end < path.length() && depth > 0) {
                depth += path.charAt(end) == '{' ? 1 : path.charAt(end) == '}' ? -1 : 0;
                end++;
            }
            String variable = path.substring(i + 1, end - 1);
            int colon = variable.indexOf(':');
            if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip()).append(')');
            i = end - 1;
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        // a trailing slash names the same resource
        return Pattern.compile(regex + "/?");
    }
}
