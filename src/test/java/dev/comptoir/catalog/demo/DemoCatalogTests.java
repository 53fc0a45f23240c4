package dev.comptoir.catalog.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.comptoir.support.SystemTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class DemoCatalogTests {

    @Autowired
    DemoCatalogLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCatalogIsTheSameOnEveryGeneration() {
        DemoCatalog a = DemoCatalog.generate(200);
        DemoCatalog b = DemoCatalog.generate(200);
        assertThat(a.products).isEqualTo(b.products);
        assertThat(a.categories).isEqualTo(b.categories);
    }

    @Test
    void theDemoCatalogIsVariedLikeARealShop() {
        DemoCatalog demo = DemoCatalog.generate(200);
        assertThat(demo.products).hasSize(200);
        Map<UUID, DemoCatalog.Category> byId = demo.categories.stream()
                .collect(Collectors.toMap(DemoCatalog.Category::id, c -> c));
        // every product sits in a leaf three levels deep
        for (DemoCatalog.Product p : demo.products) {
            DemoCatalog.Category leaf = byId.get(p.categoryId());
            DemoCatalog.Category mid = byId.get(leaf.parentId());
            assertThat(byId.get(mid.parentId()).parentId()).isNull();
        }
        assertThat(demo.products).filteredOn(p -> !p.variants().isEmpty()).hasSizeGreaterThan(100);
        assertThat(demo.products).filteredOn(p -> p.compareAtPrice() != null)
                .hasSizeGreaterThan(20)
                .allMatch(p -> p.compareAtPrice().compareTo(p.price()) > 0);
        assertThat(demo.products).filteredOn(DemoCatalog.Product::featured).hasSizeGreaterThan(5);
        List<Integer> stocks = demo.products.stream()
                .flatMap(p -> p.variants().isEmpty() ? java.util.stream.Stream.of(p.stock())
                        : p.variants().stream().map(DemoCatalog.Variant::stock))
                .toList();
        assertThat(stocks).contains(0).anyMatch(s -> s >= 1 && s <= 10).anyMatch(s -> s > 10);
        assertThat(demo.products).allMatch(p -> !p.images().isEmpty()
                && p.images().stream().allMatch(i -> i.url().startsWith("https://picsum.photos/seed/")));
        assertThat(demo.products).allMatch(p -> p.price().scale() == 2 && p.price().compareTo(BigDecimal.ZERO) > 0);
        Set<String> skus = demo.products.stream().flatMap(p -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(p.sku()), p.variants().stream().map(DemoCatalog.Variant::sku)))
                .collect(Collectors.toSet());
        long skuCount = demo.products.stream().mapToLong(p -> 1 + p.variants().size()).sum();
        assertThat(skus).hasSize((int) skuCount);
    }

    @Test
    void theDemoCatalogLoadsOnceAndIsServedAndSearchable() {
        loader.insert(DemoCatalog.generate(200));
        // not loaded twice: the shop already has products
        assertThat(loader.loadIfEmpty()).isFalse();

        String maison = given().get("/api/categories").then().statusCode(200)
                .extract().path("data.find { it.name == 'Maison' && it.children.size() == 3 }.id");
        String slug = given().get("/api/categories/" + maison).then().statusCode(200)
                .body("children[0].children.size()", greaterThan(0)).extract().path("slug");
        given().get("/api/products?category=" + slug + "&limit=100").then().statusCode(200)
                .body("pagination.total", greaterThan(20));
        Integer demoSkus = jdbc.queryForObject("SELECT count(*) FROM catalog_skus WHERE sku LIKE 'DEMO-%'",
                Integer.class);
        assertThat(demoSkus).isGreaterThan(200);
        given().get("/api/products/" + jdbc.queryForObject(
                        "SELECT id FROM products WHERE sku LIKE 'DEMO-%' AND is_active LIMIT 1", UUID.class))
                .then().statusCode(equalTo(200));
    }
}
