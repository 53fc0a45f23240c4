package dev.comptoir.pricelists;

import static dev.comptoir.pricelists.CustomerGroupSystemTests.as;
import static dev.comptoir.pricelists.CustomerGroupSystemTests.group;
import static dev.comptoir.pricelists.CustomerGroupSystemTests.unique;
import static dev.comptoir.pricelists.PriceListSystemTests.list;
import static dev.comptoir.pricelists.PriceListSystemTests.price;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.SqlStatements;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which lists apply (PriceLists.apply against the real database, lists written over HTTP): status,
 * period, currency and groups; how the applicable ones combine is BestPriceTests'.
 */
@SystemTest
class PriceListsApplyTests {

    private static final BigDecimal REGULAR = new BigDecimal("100.00");
    private static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");

    @Autowired
    PriceLists priceLists;

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    @Test
    void aSaleForEveryoneAndAVipOverride() {
        String sku = unique("ADR");
        String other = unique("ADR-OTHER");
        UUID vip = customer();
        UUID shopper = UUID.randomUUID();
        String vipGroup = groupWith(vip);
        String sale = create(active("Summer sale -20%", "sale", "EUR", List.of(price(sku, 80))));
        Map<String, Object> override = active("VIP", "override", "EUR", List.of(price(sku, 85), price(other, 70)));
        override.put("customerGroupIds", List.of(vipGroup));
        String vipList = create(override);

        Map<String, BigDecimal> regular = new LinkedHashMap<>();
        regular.put(sku, REGULAR);
        regular.put(other, new BigDecimal("75.00"));
        Map<String, AppliedPrice> anonymous = priceLists.apply(regular, "EUR", null, NOW);
        Map<String, AppliedPrice> outsider = priceLists.apply(regular, "EUR", shopper, NOW);
        Map<String, AppliedPrice> member = priceLists.apply(regular, "EUR", vip, NOW);

        assertThat(anonymous.get(sku)).isEqualTo(saleOf("80.00", "100.00", sale));
        assertThat(anonymous.get(other)).isEqualTo(AppliedPrice.regular(new BigDecimal("75.00")));
        assertThat(outsider).isEqualTo(anonymous);
        // the VIP's base is the override (85.00); the sale (80.00) beats it and shows it as compareAtPrice
        assertThat(member.get(sku)).isEqualTo(saleOf("80.00", "85.00", sale));
        assertThat(member.get(other)).isEqualTo(new AppliedPrice(new BigDecimal("70.00"), null, UUID.fromString(vipList),
                "override"));
        assertThat(member.keySet()).containsExactly(sku, other);
    }

    @Test
    void aDraftListPricesNothingUntilActivated() {
        String sku = unique("DRAFT");
        Map<String, Object> body = list("Draft", "sale", "EUR", List.of(price(sku, 50)));
        String id = create(body);

        assertThat(priceLists.apply(Map.of(sku, REGULAR), "EUR", null, NOW).get(sku))
                .isEqualTo(AppliedPrice.regular(REGULAR));

        body.put("status", "active");
        admin().body(body).put("/api/admin/price-lists/{id}", id).then().statusCode(200);
        assertThat(priceLists.apply(Map.of(sku, REGULAR), "EUR", null, NOW).get(sku))
                .isEqualTo(saleOf("50.00", "100.00", id));
    }

    @Test
    void aListAppliesFromItsStartUntilJustBeforeItsEnd() {
        String sku = unique("WINDOW");
        Map<String, Object> body = active("Weekend", "sale", "EUR", List.of(price(sku, 60)));
        body.put("startsAt", "2026-07-04T00:00:00Z");
        body.put("endsAt", "2026-07-06T00:00:00Z");
        String id = create(body);
        Map<String, BigDecimal> regular = Map.of(sku, REGULAR);

        assertThat(priceLists.apply(regular, "EUR", null, Instant.parse("2026-07-03T23:59:59Z")).get(sku).priceListId())
                .isNull();
        assertThat(priceLists.apply(regular, "EUR", null, Instant.parse("2026-07-04T00:00:00Z")).get(sku).priceListId())
                .hasToString(id);
        assertThat(priceLists.apply(regular, "EUR", null, Instant.parse("2026-07-05T23:59:59Z")).get(sku).priceListId())
                .hasToString(id);
        assertThat(priceLists.apply(regular, "EUR", null, Instant.parse("2026-07-06T00:00:00Z")).get(sku).priceListId())
                .isNull();
    }

    @Test
    void aListInAnotherCurrencyIsIgnored() {
        String sku = unique("CUR");
        String chf = create(active("Swiss sale", "sale", "CHF", List.of(price(sku, 70))));
        String yen = create(active("Tokyo override", "override", "JPY", List.of(price(sku, 9000))));

        assertThat(priceLists.apply(Map.of(sku, REGULAR), "EUR", null, NOW).get(sku))
                .isEqualTo(AppliedPrice.regular(REGULAR));
        assertThat(priceLists.apply(Map.of(sku, REGULAR), "chf", null, NOW).get(sku))
                .isEqualTo(saleOf("70.00", "100.00", chf));
        AppliedPrice inYen = priceLists.apply(Map.of(sku, new BigDecimal("12000")), "JPY", null, NOW).get(sku);
        assertThat(inYen.amount()).isEqualTo(new BigDecimal("9000"));
        assertThat(inYen.priceListId()).hasToString(yen);
    }

    @Test
    void aGroupListFollowsMembership() {
        String sku = unique("MEMBER");
        UUID customer = customer();
        String groupId = groupWith(customer);
        Map<String, Object> body = active("Pros", "override", "EUR", List.of(price(sku, 65)));
        body.put("customerGroupIds", List.of(groupWith(customer()), groupId));
        String id = create(body);

        assertThat(priceLists.apply(Map.of(sku, REGULAR), "EUR", customer, NOW).get(sku).priceListId()).hasToString(id);
        assertThat(priceLists.groupsOf(customer)).containsExactly(UUID.fromString(groupId));

        admin().delete("/api/admin/customer-groups/{id}/members/{userId}", groupId, customer).then().statusCode(204);
        assertThat(priceLists.apply(Map.of(sku, REGULAR), "EUR", customer, NOW).get(sku))
                .isEqualTo(AppliedPrice.regular(REGULAR));
    }

    @Test
    void aDeletedListPricesNothing() {
        String sku = unique("GONE");
        String id = create(active("Gone", "sale", "EUR", List.of(price(sku, 10))));
        admin().delete("/api/admin/price-lists/{id}", id).then().statusCode(204);

        assertThat(priceLists.apply(Map.of(sku, REGULAR), "EUR", null, NOW).get(sku))
                .isEqualTo(AppliedPrice.regular(REGULAR));
    }

    @Test
    void pricingManySkusForAMemberCostsOneStatement() {
        String prefix = unique("COST");
        UUID customer = customer();
        Map<String, Object> body = active("Cost", "override", "EUR", List.of(price(prefix + "-1", 1)));
        body.put("customerGroupIds", List.of(groupWith(customer)));
        create(body);
        Map<String, BigDecimal> regular = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            regular.put(prefix + "-" + i, REGULAR);
        }

        SqlStatements.reset();
        Map<String, AppliedPrice> applied = priceLists.apply(regular, "EUR", customer, NOW);

        assertThat(SqlStatements.count()).isEqualTo(1);
        assertThat(applied).hasSize(200);
        assertThat(applied.get(prefix + "-1").amount()).isEqualTo(new BigDecimal("1.00"));
        assertThat(applied.get(prefix + "-2")).isEqualTo(AppliedPrice.regular(REGULAR));

        SqlStatements.reset();
        assertThat(priceLists.apply(Map.of(), "EUR", customer, NOW)).isEmpty();
        assertThat(SqlStatements.count()).isZero();
    }

    private static AppliedPrice saleOf(String amount, String compareAt, String listId) {
        return new AppliedPrice(new BigDecimal(amount), new BigDecimal(compareAt), UUID.fromString(listId), "sale");
    }

    private static Map<String, Object> active(String name, String type, String currency,
            List<Map<String, Object>> prices) {
        Map<String, Object> body = list(name, type, currency, prices);
        body.put("status", "active");
        return body;
    }

    private String create(Map<String, Object> body) {
        return admin().body(body).post("/api/admin/price-lists").then().statusCode(201).extract().path("id");
    }

    /** A new group whose only member is {@code userId}. */
    private String groupWith(UUID userId) {
        String id = admin().body(group(unique("G"), null)).post("/api/admin/customer-groups").then().statusCode(201)
                .extract().path("id");
        admin().body(Map.of("userIds", List.of(userId))).post("/api/admin/customer-groups/{id}/members", id)
                .then().statusCode(200);
        return id;
    }

    private UUID customer() {
        return accounts.register().id();
    }

    private RequestSpecification admin() {
        return as(tokens.staff(Permissions.PRICING_MANAGE));
    }
}
