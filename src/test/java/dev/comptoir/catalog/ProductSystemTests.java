package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.image;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static dev.comptoir.catalog.CatalogApi.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SystemTest
class ProductSystemTests {

    @Autowired
    TestTokens tokens;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    @Test
    void aProductIsShownByIdOrSlugWithVariantsImagesAndRating() {
        Map<String, Object> body = product("Casque audio", "129.00", 0);
        body.put("variants", List.of(variant("Noir", Map.of("color", "black"), 12)));
        body.put("images", List.of(image("https://img.example.com/casque.jpg", "casque")));
        String id = api.create(body);
        String slug = anyone().get("/api/products/" + id).then().statusCode(200)
                .body("variants[0].options.color", equalTo("black"))
                .body("images[0].url", equalTo("https://img.example.com/casque.jpg"))
                .body("ratingAverage", equalTo(new BigDecimal("0.00")))
                .body("ratingCount", equalTo(0))
                .extract().path("slug");
        anyone().get("/api/products/" + slug).then().statusCode(200).body("id", equalTo(id));
        anyone().get("/api/products/no-such-product-slug").then().statusCode(404)
                .contentType("application/problem+json").body("error", equalTo("product_not_found"));
    }

    @Test
    void moneyIsANumberWithTwoDecimals() {
        Map<String, Object> body = product("Cuillère", "12.5", 3);
        body.put("compareAtPrice", 20);
        String id = api.create(body);
        String json = anyone().get("/api/products/" + id).then().statusCode(200).extract().asString();
        assertThat(json).contains("\"price\":12.50").contains("\"compareAtPrice\":20.00")
                .contains("\"currency\":\"EUR\"");
    }

    @Test
    void stockStatusFollowsTheSpecThresholds() {
        Map<Integer, String> expected = Map.of(0, "out_of_stock", 1, "low_stock", 10, "low_stock", 11, "in_stock");
        expected.forEach((stock, status) -> {
            String id = api.create(product("Stock " + stock, "5.00", stock));
            anyone().get("/api/products/" + id).then().body("stock", equalTo(stock))
                    .body("stockStatus", equalTo(status));
        });
    }

    @Test
    void aProductWithVariantsTakesItsStockStatusFromTheirSum() {
        Map<String, Object> body = product("Baskets", "80.00", 100);
        body.put("variants", List.of(variant("40", Map.of("size", "40"), 0), variant("41", Map.of("size", "41"), 0)));
        String id = api.create(body);
        anyone().get("/api/products/" + id).then().body("stock", equalTo(0))
                .body("stockStatus", equalTo("out_of_stock"))
                .body("variants.stockStatus", org.hamcrest.Matchers.everyItem(equalTo("out_of_stock")));

        Map<String, Object> more = product("Baskets", "80.00", 0);
        more.put("variants", List.of(variant("40", Map.of("size", "40"), 6), variant("41", Map.of("size", "41"), 5)));
        String other = api.create(more);
        anyone().get("/api/products/" + other).then().body("stock", equalTo(11))
                .body("stockStatus", equalTo("in_stock"))
                .body("variants.stockStatus", org.hamcrest.Matchers.everyItem(equalTo("low_stock")));
    }

    @Test
    void aDiscountIsShownOnlyWhenTheCompareAtPriceIsHigher() {
        Map<String, Object> sale = product("Soldé", "66.00", 1);
        sale.put("compareAtPrice", new BigDecimal("99.00"));
        anyone().get("/api/products/" + api.create(sale)).then()
                .body("isOnSale", equalTo(true)).body("discountPercentage", equalTo(33));

        Map<String, Object> equal = product("Prix égal", "50.00", 1);
        equal.put("compareAtPrice", new BigDecimal("50.00"));
        anyone().get("/api/products/" + api.create(equal)).then()
                .body("isOnSale", equalTo(false)).body("discountPercentage", nullValue());

        anyone().get("/api/products/" + api.create(product("Plein tarif", "50.00", 1))).then()
                .body("isOnSale", equalTo(false)).body("discountPercentage", nullValue());
    }

    @Test
    void publicReadsCarryAnETagAndAnswer304WhenUnchanged() {
        String id = api.create(product("Carafe", "22.00", 8));
        var first = anyone().get("/api/products/" + id).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=60"))
                .header("Cache-Control", containsString("public"))
                .header("Vary", containsString("Accept-Encoding"))
                .extract();
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        anyone().header("If-None-Match", etag).get("/api/products/" + id).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());

        api.admin().body(Map.of("price", 23)).patch("/api/products/" + id).then().statusCode(200);
        String changed = anyone().header("If-None-Match", etag).get("/api/products/" + id).then().statusCode(200)
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);

        String treeTag = anyone().get("/api/categories").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=60")).extract().header("ETag");
        anyone().header("If-None-Match", treeTag).get("/api/categories").then().statusCode(304);
        String listTag = anyone().get("/api/products?limit=5").then().statusCode(200).extract().header("ETag");
        anyone().header("If-None-Match", listTag).get("/api/products?limit=5").then().statusCode(304);
    }

    @Test
    void cacheablePublicReadsAreStillCompressed() {
        Map<String, Object> body = product("Grand texte", "10.00", 1);
        body.put("description", "Une description assez longue pour dépasser un kilo-octet. ".repeat(40));
        String id = api.create(body);
        io.restassured.RestAssured.given()
                .config(io.restassured.config.RestAssuredConfig.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/api/products/" + id).then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("ETag", notNullValue());
    }

    @Test
    void aMissingProductIsNotCachedAsPublic() {
        anyone().get("/api/products/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .header("Cache-Control", not(containsString("public")));
    }

    @Test
    void theRatingComesFromTheReviewsThroughTheFacade(@Autowired CatalogService catalog) {
        String id = api.create(product("Noté", "9.00", 1));
        catalog.updateRating(java.util.UUID.fromString(id), new BigDecimal("4.333"), 3);
        anyone().get("/api/products/" + id).then().body("ratingAverage", equalTo(new BigDecimal("4.33")))
                .body("ratingCount", equalTo(3));
        // an admin edit does not overwrite the rating
        api.admin().body(Map.of("name", "Noté bis")).patch("/api/products/" + id).then()
                .body("ratingAverage", notNullValue());
        anyone().get("/api/products/" + id).then().body("ratingAverage", equalTo(new BigDecimal("4.33")));
    }

    @Test
    void theListingDoesNotShowInactiveOrDeletedProducts() {
        String tag = unique("hidden");
        String category = api.category(tag, null);
        Map<String, Object> inactive = product("Inactive", "1.00", 1);
        inactive.put("isActive", false);
        inactive.put("categoryId", category);
        String inactiveId = api.create(inactive);
        Map<String, Object> deleted = product("Deleted", "1.00", 1);
        deleted.put("categoryId", category);
        String deletedId = api.create(deleted);
        api.admin().delete("/api/products/" + deletedId).then().statusCode(204);
        Map<String, Object> live = product("Live", "1.00", 1);
        live.put("categoryId", category);
        String liveId = api.create(live);

        anyone().get("/api/products?category=" + category).then().statusCode(200)
                .body("data.id", equalTo(List.of(liveId)))
                .body("data.id", not(hasItem(inactiveId)));
    }
}
