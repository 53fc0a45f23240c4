package dev.comptoir.orders.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entry of the status history: which status, when, and who ("customer:…", "system", ...). */
@Entity
@Table(name = "order_status_history")
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;
    private OrderStatus status;
    private Instant at;
    @Column(name = "by_actor")
    private String by;
    private String note;

    protected StatusChange() {}

    StatusChange(Order order, OrderStatus status, Instant at, String by, String note) {
        this.order = order;
        this.status = status;
        this.at = at;
        this.by = by;
        this.note = note;
    }

    OrderStatus status() { return status; }
    Instant at() { return at; }
    String by() { return by; }
    String note() { return note; }
}
