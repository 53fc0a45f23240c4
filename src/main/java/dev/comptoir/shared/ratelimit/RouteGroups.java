package dev.comptoir.shared.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which group a request belongs to. Paths are matched the way Spring MVC matches them (decoded segments),
 * so {@code /api/%70roducts} counts as products; when patterns of several groups match, the most
 * specific one wins. Paths in no group are not limited.
 */
final class RouteGroups {

    private final List<Route> routes = new ArrayList<>();

    RouteGroups(Map<String, RateLimitProperties.Group> groups) {
        groups.forEach((name, group) -> {
            Policy byAddress = Policy.of(name, Policy.Kind.ANONYMOUS, group.anonymous());
            Route.Budgets budgets = new Route.Budgets(byAddress, group.per() == RateLimitProperties.Per.IP ? null
                    : Policy.of(name, Policy.Kind.AUTHENTICATED, group.authenticated()));
            group.paths().forEach(path -> routes.add(new Route(PathPatternParser.defaultInstance.parse(path), budgets)));
        });
    }

    Optional<Route.Budgets> match(HttpServletRequest request) {
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
        Route best = null;
        for (Route route : routes) {
            if (route.pattern().matches(path)
                    && (best == null || PathPattern.SPECIFICITY_COMPARATOR.compare(route.pattern(), best.pattern()) < 0)) {
                best = route;
            }
        }
        return Optional.ofNullable(best).map(Route::budgets);
    }

    boolean isEmpty() {
        return routes.isEmpty();
    }

    record Route(PathPattern pattern, Budgets budgets) {
        /** {@code authenticated} is null for a group limited per IP whoever calls. */
        record Budgets(Policy anonymous, Policy authenticated) {
            boolean perIp() {
                return authenticated == null;
            }
        }
    }
}
