package dev.comptoir.pricelists.lists;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A price list's settings and the groups it is limited to; its prices (up to 10,000) are written and
 * read set-wise by {@link PriceListPrices}, never as entities.
 */
@Entity
@Table(name = "price_lists")
class PriceList {

    @Id
    private UUID id;

    private String name;
    private @Nullable String description;

    @Convert(converter = TypeConverter.class)
    private PriceListType type;

    @Convert(converter = StatusConverter.class)
    private PriceListStatus status;

    private String currency;
    private @Nullable Instant startsAt;
    private @Nullable Instant endsAt;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "price_list_groups", joinColumns = @JoinColumn(name = "price_list_id"))
    @Column(name = "group_id")
    private Set<UUID> customerGroupIds = new HashSet<>();

    protected PriceList() {}

    PriceList(PriceListRequest settings, String currency, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(settings, currency, now);
    }

    /** {@code currency} is the request's, checked and upper-cased. */
    void apply(PriceListRequest settings, String currency, Instant now) {
        this.name = settings.name().strip();
        this.description = settings.description() == null || settings.description().isBlank() ? null
                : settings.description().strip();
        this.type = settings.type();
        this.status = settings.statusOrDraft();
        this.currency = currency;
        this.startsAt = settings.startsAt();
        this.endsAt = settings.endsAt();
        this.customerGroupIds.clear();
        this.customerGroupIds.addAll(settings.groupIds());
        this.updatedAt = now;
    }

    PriceListSummary summary(long priceCount) {
        return new PriceListSummary(id, name, description, type, status, currency, startsAt, endsAt, groupIds(),
                priceCount, createdAt, updatedAt);
    }

    PriceListView view(List<PriceListPrice> prices) {
        return new PriceListView(id, name, description, type, status, currency, startsAt, endsAt, groupIds(),
                prices.size(), prices, createdAt, updatedAt);
    }

    private List<UUID> groupIds() {
        return customerGroupIds.stream().sorted().toList();
    }

    UUID id() {
        return id;
    }

    String currency() {
        return currency;
    }

    @Converter
    static class TypeConverter implements AttributeConverter<PriceListType, String> {

        @Override
        public String convertToDatabaseColumn(PriceListType type) {
            return type.code();
        }

        @Override
        public PriceListType convertToEntityAttribute(String code) {
            return PriceListType.fromCode(code);
        }
    }

    @Converter
    static class StatusConverter implements AttributeConverter<PriceListStatus, String> {

        @Override
        public String convertToDatabaseColumn(PriceListStatus status) {
            return status.code();
        }

        @Override
        public PriceListStatus convertToEntityAttribute(String code) {
            return PriceListStatus.fromCode(code);
        }
    }
}
