package dev.comptoir.orders.admin;

import dev.comptoir.orders.order.Order;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** The admin order search: any combination of {@link OrderSearch}'s filters, as one query. */
interface AdminOrderRepository extends Repository<Order, UUID>, JpaSpecificationExecutor<Order> {}
