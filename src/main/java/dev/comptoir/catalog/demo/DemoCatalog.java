package dev.comptoir.catalog.demo;

import dev.comptoir.catalog.support.Slugs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A realistic demo catalog generated from a fixed seed, so every fresh install shows the same
 * shop: a three-level category tree and about 200 products with sizes or colours, images, sale
 * prices, featured items, ratings and stock from sold-out to plentiful. Nothing is downloaded.
 */
final class DemoCatalog {

    static final long SEED = 20_260_101L;

    record Category(UUID id, String name, String description, UUID parentId, int position) {}

    record Variant(UUID id, String sku, String name, Map<String, String> options, BigDecimal price, int stock,
            int position) {}

    record Image(UUID id, String url, String altText, int position) {}

    record Product(UUID id, String name, String description, String shortDescription, BigDecimal price,
            BigDecimal compareAtPrice, String sku, int stock, BigDecimal weight, Map<String, Object> dimensions,
            boolean active, boolean featured, UUID categoryId, BigDecimal ratingAverage, int ratingCount,
            List<Variant> variants, List<Image> images) {}

    /** A leaf category: what it sells, at what prices, and how its products vary. */
    private record Leaf(String name, String[] items, int minPrice, int maxPrice, Kind kind) {}

    private enum Kind { SIZES, SHOE_SIZES, COLOURS, NONE }

    private static final String[] SIZES = {"XS", "S", "M", "L", "XL"};
    private static final String[] SHOE_SIZES = {"38", "39", "40", "41", "42", "43", "44"};
    private static final String[][] COLOURS = {{"Noir", "black"}, {"Blanc", "white"}, {"Bleu", "blue"},
            {"Rouge", "red"}, {"Vert", "green"}, {"Gris", "grey"}, {"Beige", "beige"}};
    private static final String[] STYLES = {"Classique", "Essentiel", "Premium", "Édition limitée", "Nature",
            "Urbain", "Vintage", "Confort", "Pro", "Éco"};
    private static final String[] BRANDS = {"Atelier Lumière", "Maison Corvo", "Nordik", "Terre & Sel",
            "Voltaire", "Sonora", "Kipsa", "Baltique", "Olympe", "Rivage"};

    private static final Map<String, Map<String, List<Leaf>>> TREE = new LinkedHashMap<>();

    static {
        TREE.put("Maison", Map.of(
                "Cuisine", List.of(
                        leaf("Ustensiles", 5, 45, Kind.NONE, "Spatule en bois", "Fouet inox", "Louche", "Couteau de chef",
                                "Planche à découper", "Râpe"),
                        leaf("Vaisselle", 8, 90, Kind.COLOURS, "Assiette plate", "Bol", "Tasse", "Saladier", "Mug"),
                        leaf("Électroménager", 30, 400, Kind.COLOURS, "Bouilloire", "Grille-pain", "Blender",
                                "Cafetière", "Robot pâtissier")),
                "Salon", List.of(
                        leaf("Décoration", 10, 120, Kind.NONE, "Vase", "Coussin", "Cadre photo", "Bougie parfumée",
                                "Plaid"),
                        leaf("Luminaires", 25, 260, Kind.COLOURS, "Lampe de chevet", "Lampadaire", "Suspension",
                                "Applique murale")),
                "Chambre", List.of(
                        leaf("Linge de lit", 20, 150, Kind.COLOURS, "Housse de couette", "Drap housse",
                                "Taie d'oreiller", "Couverture"),
                        leaf("Rangement", 15, 180, Kind.NONE, "Panier tressé", "Boîte de rangement", "Étagère murale"))));
        TREE.put("Mode", Map.of(
                "Homme", List.of(
                        leaf("Chemises", 30, 110, Kind.SIZES, "Chemise Oxford", "Chemise en lin", "Chemise à carreaux",
                                "Chemise en jean"),
                        leaf("Pantalons", 35, 120, Kind.SIZES, "Chino", "Jean brut", "Pantalon de costume"),
                        leaf("Chaussures", 50, 180, Kind.SHOE_SIZES, "Derbies", "Baskets cuir", "Bottines")),
                "Femme", List.of(
                        leaf("Robes", 35, 160, Kind.SIZES, "Robe portefeuille", "Robe d'été", "Robe pull"),
                        leaf("Pulls", 30, 140, Kind.SIZES, "Pull col roulé", "Cardigan", "Pull en cachemire"),
                        leaf("Sacs", 40, 260, Kind.COLOURS, "Sac cabas", "Sac bandoulière", "Pochette")),
                "Enfant", List.of(
                        leaf("T-shirts", 8, 30, Kind.SIZES, "T-shirt rayé", "T-shirt imprimé", "Polo"),
                        leaf("Pyjamas", 15, 45, Kind.SIZES, "Pyjama coton", "Combinaison"))));
        TREE.put("High-tech", Map.of(
                "Audio", List.of(
                        leaf("Casques", 30, 350, Kind.COLOURS, "Casque sans fil", "Casque à réduction de bruit",
                                "Écouteurs intra", "Casque gaming"),
                        leaf("Enceintes", 40, 400, Kind.COLOURS, "Enceinte Bluetooth", "Barre de son",
                                "Enceinte connectée")),
                "Informatique", List.of(
                        leaf("Claviers", 25, 180, Kind.NONE, "Clavier mécanique", "Clavier sans fil", "Clavier ergonomique"),
                        leaf("Souris", 15, 120, Kind.COLOURS, "Souris sans fil", "Souris gaming", "Souris verticale"),
                        leaf("Écrans", 130, 900, Kind.NONE, "Écran 24 pouces", "Écran 27 pouces 4K", "Écran incurvé")),
                "Téléphonie", List.of(
                        leaf("Coques", 10, 45, Kind.COLOURS, "Coque silicone", "Coque cuir", "Étui portefeuille"),
                        leaf("Chargeurs", 15, 80, Kind.NONE, "Chargeur rapide USB-C", "Batterie externe",
                                "Chargeur à induction"))));
        TREE.put("Sport & Loisirs", Map.of(
                "Running", List.of(
                        leaf("Chaussures de running", 60, 190, Kind.SHOE_SIZES, "Chaussure trail", "Chaussure route",
                                "Chaussure légère"),
                        leaf("Textile running", 15, 90, Kind.SIZES, "Tee-shirt respirant", "Short de running",
                                "Veste coupe-vent")),
                "Vélo", List.of(
                        leaf("Accessoires vélo", 8, 90, Kind.NONE, "Éclairage LED", "Antivol", "Pompe", "Sacoche"),
                        leaf("Casques vélo", 35, 160, Kind.SIZES, "Casque route", "Casque urbain")),
                "Yoga", List.of(
                        leaf("Tapis", 20, 110, Kind.COLOURS, "Tapis de yoga", "Tapis épais"),
                        leaf("Accessoires yoga", 8, 50, Kind.NONE, "Brique de yoga", "Sangle", "Coussin de méditation"))));
    }

    private static Leaf leaf(String name, int min, int max, Kind kind, String... items) {
        return new Leaf(name, items, min, max, kind);
    }

    final List<Category> categories = new ArrayList<>();
    final List<Product> products = new ArrayList<>();

    private final Random random = new Random(SEED);

    static DemoCatalog generate(int productCount) {
        DemoCatalog catalog = new DemoCatalog();
        catalog.build(productCount);
        return catalog;
    }

    private void build(int productCount) {
        List<Leaf> leaves = new ArrayList<>();
        List<UUID> leafIds = new ArrayList<>();
        int top = 0;
        for (var root : TREE.entrySet()) {
            Category r = category(root.getKey(), null, top++);
            int mid = 0;
            for (var branch : root.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                Category b = category(branch.getKey(), r.id(), mid++);
                int low = 0;
                for (Leaf leaf : branch.getValue()) {
                    leaves.add(leaf);
                    leafIds.add(category(leaf.name(), b.id(), low++).id());
                }
            }
        }
        for (int i = 0; i < productCount; i++) {
            int l = i % leaves.size();
            products.add(product(i, leaves.get(l), leafIds.get(l)));
        }
    }

    private Category category(String name, UUID parentId, int position) {
        Category c = new Category(uuid(), name, "Tout l'univers " + name.toLowerCase() + " : notre sélection.",
                parentId, position);
        categories.add(c);
        return c;
    }

    private Product product(int n, Leaf leaf, UUID categoryId) {
        String item = leaf.items()[random.nextInt(leaf.items().length)];
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        String style = STYLES[random.nextInt(STYLES.length)];
        String name = item + " " + style + " " + brand;
        String sku = "DEMO-%04d".formatted(n + 1);
        BigDecimal price = price(leaf.minPrice(), leaf.maxPrice());
        BigDecimal compareAt = random.nextInt(100) < 22
                ? price.multiply(BigDecimal.valueOf(115 + random.nextInt(40), 2)).setScale(0, RoundingMode.UP)
                        .subtract(new BigDecimal("0.10"))
                : null;
        List<Variant> variants = variants(leaf.kind(), sku, price);
        int ratingCount = random.nextInt(100) < 70 ? 1 + random.nextInt(240) : 0;
        BigDecimal rating = ratingCount == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(280 + random.nextInt(221), 2);
        List<Image> images = new ArrayList<>();
        String slugSeed = Slugs.from(name, "produit", 80) + "-" + (n + 1);
        int imageCount = 1 + random.nextInt(4);
        for (int i = 0; i < imageCount; i++) {
            images.add(new Image(uuid(), "https://picsum.photos/seed/" + slugSeed + "-" + i + "/800/800",
                    name + (i == 0 ? "" : " — vue " + (i + 1)), i));
        }
        String description = name + " de la marque " + brand + ". Une pièce " + style.toLowerCase()
                + " pensée pour durer, sélectionnée dans notre rayon " + leaf.name().toLowerCase()
                + ". Livraison rapide, retours gratuits sous 30 jours.";
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("length", 10 + random.nextInt(50));
        dimensions.put("width", 5 + random.nextInt(40));
        dimensions.put("height", 1 + random.nextInt(30));
        dimensions.put("unit", "cm");
        return new Product(uuid(), name, description, item + " " + style.toLowerCase() + " par " + brand + ".", price,
                compareAt, sku, variants.isEmpty() ? stock() : 0,
                BigDecimal.valueOf(50 + random.nextInt(4950), 3), dimensions, random.nextInt(100) >= 2,
                random.nextInt(100) < 10, categoryId, rating, ratingCount, variants, images);
    }

    private List<Variant> variants(Kind kind, String sku, BigDecimal price) {
        List<Variant> variants = new ArrayList<>();
        switch (kind) {
            case SIZES -> {
                int from = random.nextInt(2);
                for (int i = from; i < SIZES.length - random.nextInt(2); i++) {
                    variants.add(variant(sku + "-" + SIZES[i], "Taille " + SIZES[i], Map.of("size", SIZES[i]),
                            i == SIZES.length - 1 && random.nextBoolean() ? price.add(new BigDecimal("5.00")) : null,
                            variants.size()));
                }
            }
            case SHOE_SIZES -> {
                for (int i = random.nextInt(2); i < SHOE_SIZES.length; i++) {
                    variants.add(variant(sku + "-" + SHOE_SIZES[i], "Pointure " + SHOE_SIZES[i],
                            Map.of("size", SHOE_SIZES[i]), null, variants.size()));
                }
            }
            case COLOURS -> {
                int count = 2 + random.nextInt(3);
                int start = random.nextInt(COLOURS.length);
                for (int i = 0; i < count; i++) {
                    String[] colour = COLOURS[(start + i) % COLOURS.length];
                    variants.add(variant(sku + "-" + colour[1].toUpperCase(), colour[0],
                            Map.of("color", colour[1]), null, variants.size()));
                }
            }
            case NONE -> { }
        }
        return variants;
    }

    private Variant variant(String sku, String name, Map<String, String> options, BigDecimal price, int position) {
        return new Variant(uuid(), sku, name, options, price, stock(), position);
    }

    /** Roughly 12% sold out, 18% low (1–10), the rest 11–200. */
    private int stock() {
        int roll = random.nextInt(100);
        return roll < 12 ? 0 : roll < 30 ? 1 + random.nextInt(10) : 11 + random.nextInt(190);
    }

    /** Shop-like prices: whole euros ending in .90, .99 or .00. */
    private BigDecimal price(int min, int max) {
        int euros = min + random.nextInt(Math.max(1, max - min));
        String[] cents = {"0.90", "0.99", "0.00"};
        return BigDecimal.valueOf(euros).add(new BigDecimal(cents[random.nextInt(cents.length)])).setScale(2);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
