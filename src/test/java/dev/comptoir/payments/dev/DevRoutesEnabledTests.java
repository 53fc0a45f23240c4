package dev.comptoir.payments.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

/** The route that lets anyone complete a payment never appears on a real deployment by default. */
class DevRoutesEnabledTests {

    private static boolean enabled(MockEnvironment env) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(env);
        return new DevRoutesEnabled().matches(context, null);
    }

    @Test
    void onTheEmbeddedDefaultWithTheSimulatedProviderTheDevRouteExists() {
        assertThat(enabled(new MockEnvironment())).isTrue();
    }

    @Test
    void onAServerDatabaseTheDevRouteIsAbsentUnlessAskedFor() {
        MockEnvironment server = new MockEnvironment().withProperty("comptoir.db.url", "jdbc:postgresql://db/shop");
        assertThat(enabled(server)).isFalse();
        assertThat(enabled(server.withProperty("comptoir.payments.dev-routes", "true"))).isTrue();
    }

    @Test
    void withAStripeKeyTheDevRouteNeverExists() {
        assertThat(enabled(new MockEnvironment().withProperty("comptoir.stripe.secret-key", "sk_test_x")
                .withProperty("comptoir.payments.dev-routes", "true"))).isFalse();
    }
}
