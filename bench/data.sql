-- Benchmark data set, generated in the database: a three-level category tree, :products products
-- (a third with three size variants, two images each), :customers customers sharing one password
-- hash, and 10 hot products (bench-hot-1..10) with :hot_stock units each, all at the main location.
-- Every unit of stock has its restock movement, so each level starts equal to its ledger.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO categories (id, name, slug, description, parent_id, position, created_at, updated_at)
SELECT md5('bench-c1-' || a)::uuid, 'Rayon ' || a, 'rayon-' || a, 'Rayon ' || a, NULL, a, now(), now()
FROM generate_series(1, 5) a;
INSERT INTO categories (id, name, slug, description, parent_id, position, created_at, updated_at)
SELECT md5('bench-c2-' || a || '-' || b)::uuid, 'Famille ' || a || '.' || b, 'famille-' || a || '-' || b,
       NULL, md5('bench-c1-' || a)::uuid, b, now(), now()
FROM generate_series(1, 5) a, generate_series(1, 4) b;
INSERT INTO categories (id, name, slug, description, parent_id, position, created_at, updated_at)
SELECT md5('bench-c3-' || a || '-' || b || '-' || c)::uuid, 'Gamme ' || a || '.' || b || '.' || c,
       'gamme-' || a || '-' || b || '-' || c, NULL, md5('bench-c2-' || a || '-' || b)::uuid, c, now(), now()
FROM generate_series(1, 5) a, generate_series(1, 4) b, generate_series(1, 5) c;

CREATE TEMP TABLE bench_words AS SELECT
  ARRAY['Chaussure','Chemise','Veste','Casque','Lampe','Table','Chaise','Montre','Sac','Tapis',
        'Bouilloire','Enceinte','Coussin','Gourde','Pull','Robe','Clavier','Tasse','Miroir','Valise'] AS nouns,
  ARRAY['running','urbaine','classique','légère','premium','vintage','sport','élégante','compacte','robuste'] AS adjs,
  ARRAY['Rivage','Nordik','Atelier','Solène','Brume','Kestrel','Orée','Vallon'] AS brands,
  ARRAY['bleu','rouge','noir','blanc','vert','gris','beige','jaune'] AS colours;

INSERT INTO products (id, name, slug, description, short_description, price, compare_at_price, currency, sku,
                      stock, weight, is_active, is_featured, category_id, rating_average, rating_count,
                      created_at, updated_at)
SELECT md5('bench-p-' || i)::uuid,
       CASE WHEN i <= 10 THEN 'Édition limitée ' || i
            ELSE w.nouns[1 + i % 20] || ' ' || w.adjs[1 + (i / 20) % 10] || ' ' || w.colours[1 + (i / 200) % 8] || ' ' || i END,
       'bench-' || i,
       'Une ' || lower(w.nouns[1 + i % 20]) || ' ' || w.adjs[1 + (i / 20) % 10] || ' de la marque ' || w.brands[1 + i % 8]
         || ', coloris ' || w.colours[1 + (i / 200) % 8] || '. Qualité durable, livraison rapide.',
       w.brands[1 + i % 8] || ' — ' || w.adjs[1 + (i / 20) % 10],
       round((5 + (i * 37) % 295)::numeric + ((i * 13) % 100) / 100.0, 2),
       CASE WHEN i % 5 = 0 THEN round((5 + (i * 37) % 295)::numeric * 1.25, 2) END,
       'EUR',
       CASE WHEN i <= 10 THEN 'BENCH-HOT-' || i ELSE 'BENCH-' || i END,
       CASE WHEN i <= 10 THEN :hot_stock WHEN i % 3 = 0 THEN 0 ELSE (i * 7919) % 500 END,
       round(((i % 50) + 1) / 10.0, 3), TRUE, i % 25 = 0,
       md5('bench-c3-' || (1 + i % 5) || '-' || (1 + (i / 5) % 4) || '-' || (1 + (i / 20) % 5))::uuid,
       round(1 + ((i * 17) % 41) / 10.0, 2),
       (i * 3) % 200, now() - (i || ' minutes')::interval, now()
FROM generate_series(1, :products) i, bench_words w;

-- one product in three (but never a hot one) is sold in sizes S/M/L
INSERT INTO product_variants (id, product_id, sku, name, options, price, stock, position, created_at, updated_at)
SELECT md5('bench-v-' || i || '-' || s)::uuid, md5('bench-p-' || i)::uuid, 'BENCH-' || i || '-' || s, 'Taille ' || s,
       jsonb_build_object('size', s), NULL, 5 + (i * 31 + length(s) * 7) % 60, ord, now(), now()
FROM generate_series(11, :products) i, unnest(ARRAY['S','M','L']) WITH ORDINALITY AS t(s, ord)
WHERE i % 3 = 0;

INSERT INTO product_images (id, product_id, url, alt_text, position)
SELECT md5('bench-i-' || i || '-' || n)::uuid, md5('bench-p-' || i)::uuid,
       'https://picsum.photos/seed/bench-' || i || '-' || n || '/800/800', 'Photo ' || n, n
FROM generate_series(1, :products) i, generate_series(1, 2) n;

INSERT INTO catalog_skus (sku, product_id, variant_id)
SELECT sku, id, NULL FROM products WHERE sku LIKE 'BENCH-%'
UNION ALL
SELECT v.sku, v.product_id, v.id FROM product_variants v WHERE v.sku LIKE 'BENCH-%';

-- inventory holds the stock at the default location (ADR 0012); products.stock is its projection
INSERT INTO stock_levels (sku, location_code, product_id, variant_id, on_hand)
SELECT sku, 'main', id, NULL, stock FROM products
WHERE sku LIKE 'BENCH-%' AND NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = products.id)
UNION ALL
SELECT sku, 'main', product_id, id, stock FROM product_variants WHERE sku LIKE 'BENCH-%';

INSERT INTO stock_movements (sku, location_code, product_id, variant_id, delta, stock_after, reason, actor)
SELECT sku, location_code, product_id, variant_id, on_hand, on_hand, 'restock', 'bench' FROM stock_levels
WHERE sku LIKE 'BENCH-%' AND on_hand > 0;

INSERT INTO users (id, email, password_hash, first_name, last_name, role, created_at, updated_at)
SELECT md5('bench-u-' || i)::uuid, 'bench-' || i || '@example.com',
       (SELECT password_hash FROM users WHERE email = 'bench-0@example.com'), 'Bench', 'Customer ' || i, 'customer',
       now(), now()
FROM generate_series(1, :customers) i;

COMMIT;
ANALYZE;
