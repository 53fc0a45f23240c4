package dev.comptoir.orders.order;

import dev.comptoir.shared.error.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A parcel of an order (ADR 0012): the units that left one location together, with their tracking. */
@Entity
@Table(name = "order_fulfilments")
public class Fulfilment {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;
    @Column(name = "location_code")
    private String location;
    private String carrier;
    private String trackingNumber;
    private FulfilmentStatus status;
    private Instant shippedAt;
    private Instant deliveredAt;
    private String createdBy;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_fulfilment_items", joinColumns = @JoinColumn(name = "fulfilment_id"))
    private List<Line> lines = new ArrayList<>();

    /** Units of one order item in the parcel. */
    @Embeddable
    static class Line {
        private UUID orderItemId;
        private int quantity;

        protected Line() {}

        Line(UUID orderItemId, int quantity) {
            this.orderItemId = orderItemId;
            this.quantity = quantity;
        }

        UUID orderItemId() { return orderItemId; }
        int quantity() { return quantity; }
    }

    protected Fulfilment() {}

    Fulfilment(Order order, Parcel parcel, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.location = parcel.location();
        this.carrier = parcel.carrier();
        this.trackingNumber = parcel.trackingNumber();
        this.status = FulfilmentStatus.SHIPPED;
        this.shippedAt = now;
        this.createdBy = by;
        parcel.lines().forEach(l -> lines.add(new Line(l.item().id(), l.quantity())));
    }

    /** Reached the customer; a parcel is delivered once (a second time is a mistake worth saying). */
    void deliver(Instant now) {
        if (status == FulfilmentStatus.DELIVERED) {
            throw new ConflictException("fulfilment_already_delivered",
                    "This parcel was delivered already", Map.of("fulfilmentId", id));
        }
        status = FulfilmentStatus.DELIVERED;
        deliveredAt = now;
    }

    boolean isDelivered() { return status == FulfilmentStatus.DELIVERED; }

    public UUID id() { return id; }
    public String location() { return location; }
    public String carrier() { return carrier; }
    public String trackingNumber() { return trackingNumber; }
    public FulfilmentStatus status() { return status; }
    public Instant shippedAt() { return shippedAt; }
    public Instant deliveredAt() { return deliveredAt; }
    List<Line> lines() { return lines; }
}
