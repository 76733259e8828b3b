package city.science.qa.staff;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The whole health report, every component with its details, for staff behind the admin
 * token. {@code /actuator/health} shows anyone only the status (and the liveness and
 * readiness groups for probes): the disk path, free space and component details are not
 * for anonymous callers. Boot's "when authorized" needs Spring Security, which this
 * service does not otherwise use, so the details come from the health endpoint's Java API
 * here instead.
 */
@RestController
class HealthDetailsController {

    private final HealthEndpoint health;

    HealthDetailsController(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/api/admin/health")
    Mono<HealthDescriptor> health() {
        // Contributors such as the database check block: not on the event loop.
        return Mono.fromCallable(health::health).subscribeOn(Schedulers.boundedElastic());
    }

}
