package dev.comptoir.support;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Marks requests that break the contract on purpose (see {@link Contract#invalidRequest()}). */
final class OpenApiValidation {

    static final String SKIP_REQUEST = "contract.skip-request-validation";

    /** Marks one request as deliberately invalid. */
    static final OrderedFilter SKIP_REQUEST_VALIDATION = new OrderedFilter() {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext ctx) {
            ctx.setValue(SKIP_REQUEST, Boolean.TRUE);
            return ctx.next(request, response);
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    };

    private OpenApiValidation() {}
}
