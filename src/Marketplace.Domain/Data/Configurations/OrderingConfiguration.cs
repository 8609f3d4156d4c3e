using Marketplace.Domain.Catalog;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Domain.Data.Configurations;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> cart)
    {
        cart.ToTable("Carts");
        cart.Property(c => c.MemberId).HasMaxLength(450);
        // One cart per member and per visitor token.
        cart.HasIndex(c => c.MemberId).IsUnique();
        cart.HasIndex(c => c.VisitorToken).IsUnique();
        cart.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        cart.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);
        cart.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> line)
    {
        line.ToTable("CartLines");
        line.HasIndex(l => new { l.CartId, l.ProductId, l.OptionId }).IsUnique();
        // NULLs are distinct in SQLite's and PostgreSQL's unique indexes: a cart's one line of a product without options
        // is kept single by its own index. (Identifiers double-quoted, which all three engines read.)
        line.HasIndex(l => new { l.CartId, l.ProductId }).IsUnique().HasFilter("\"OptionId\" IS NULL")
            .HasDatabaseName("IX_CartLines_CartId_ProductId_WithoutOption");
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Cascade);
        // An option the seller removed (only possible before publication) leaves the carts it was in.
        line.HasOne<ProductOption>().WithMany().HasForeignKey(l => l.OptionId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("Payments");
        payment.Ignore(p => p.Amount);
        payment.Ignore(p => p.IsPending);
        payment.Property(p => p.MemberId).HasMaxLength(450).IsRequired();
        payment.Property(p => p.Gateway).HasMaxLength(20).IsRequired();
        payment.Property(p => p.SessionId).HasMaxLength(255);
        payment.Property(p => p.SessionUrl).HasMaxLength(2000);
        payment.Property(p => p.PaymentIntentId).HasMaxLength(255);
        payment.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        payment.HasIndex(p => p.SessionId);
        payment.HasIndex(p => p.PaymentIntentId);
        payment.HasOne<Procurement.Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        // The expiry sweep looks for pending payments past their time.
        payment.HasIndex(p => new { p.Status, p.ExpiresAtUtc });
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("Orders");
        order.Ignore(o => o.Total);
        order.Ignore(o => o.Number);
        order.Ignore(o => o.CanBeCancelledByShopper);
        order.Ignore(o => o.ChargedWon);
        order.Ignore(o => o.Charged);
        order.Ignore(o => o.ReturnedGoodsWon);
        order.Property(o => o.MemberId).HasMaxLength(450).IsRequired();
        order.Property(o => o.Carrier).HasMaxLength(60);
        order.Property(o => o.Version).IsConcurrencyToken();
        order.Property(o => o.CancellationReason).HasMaxLength(40);
        order.Property(o => o.EnterpriseCancellationNote).HasMaxLength(Order.MaxEnterpriseNoteLength);
        order.Property(o => o.TrackingNumber).HasMaxLength(60);
        order.ComplexProperty(o => o.ShipTo, address =>
        {
            address.Property(a => a.Recipient).HasColumnName("ShipRecipient").HasMaxLength(60).IsRequired();
            address.Property(a => a.Phone).HasColumnName("ShipPhone").HasMaxLength(20).IsRequired();
            address.Property(a => a.PostalCode).HasColumnName("ShipPostalCode").HasMaxLength(5).IsRequired();
            address.Property(a => a.RoadAddress).HasColumnName("ShipRoadAddress").HasMaxLength(200).IsRequired();
            address.Property(a => a.Detail).HasColumnName("ShipDetail").HasMaxLength(200).IsRequired();
            address.Property(a => a.Note).HasColumnName("ShipNote").HasMaxLength(100).IsRequired().HasDefaultValue("");
        });
        order.HasOne<Payment>().WithMany().HasForeignKey(o => o.PaymentId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Enterprise>().WithMany().HasForeignKey(o => o.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        // A member's order list, newest first; an enterprise's orders to fulfil.
        order.HasIndex(o => new { o.MemberId, o.CreatedAtUtc });
        order.HasIndex(o => new { o.EnterpriseId, o.Status });
        // Sales figures by period.
        order.HasIndex(o => new { o.EnterpriseId, o.PaidAtUtc });
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.ToTable("OrderLines");
        line.Ignore(l => l.Subtotal);
        line.Property(l => l.ProductName).HasMaxLength(200).IsRequired();
        // A copy, like the name: no key to the option, which may later be gone.
        line.Property(l => l.OptionName).HasMaxLength(ProductOption.MaxNameLength);
        line.Ignore(l => l.DisplayName);
        line.Property(l => l.ReturnedQuantity).HasDefaultValue(0);
        line.ComplexProperty(l => l.SocialValue, SocialValueConfiguration.MapShare);
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProcessedPaymentEventConfiguration : IEntityTypeConfiguration<ProcessedPaymentEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentEvent> processed)
    {
        processed.ToTable("ProcessedPaymentEvents");
        processed.HasKey(e => e.EventId);
        processed.Property(e => e.EventId).HasMaxLength(255);
        processed.Property(e => e.Type).HasMaxLength(100).IsRequired();
    }
}

internal sealed class SettlementStatementConfiguration : IEntityTypeConfiguration<Settlement.SettlementStatement>
{
    public void Configure(EntityTypeBuilder<Settlement.SettlementStatement> statement)
    {
        statement.ToTable("SettlementStatements");
        statement.Ignore(s => s.NetSalesWon);
        statement.Ignore(s => s.PayableWon);
        statement.Property(s => s.CommissionRate).HasPrecision(6, 4);
        statement.HasOne<Enterprise>().WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        // One statement per enterprise and month: issuing twice at once fails on the key.
        statement.HasIndex(s => new { s.EnterpriseId, s.Year, s.Month }).IsUnique();
    }
}

internal sealed class SalesRollupConfiguration : IEntityTypeConfiguration<Reporting.SalesRollup>
{
    public void Configure(EntityTypeBuilder<Reporting.SalesRollup> rollup)
    {
        rollup.ToTable("SalesRollups");
        rollup.HasKey(r => new { r.EnterpriseId, r.Day, r.Channel });
        rollup.Property(r => r.Channel).HasMaxLength(20);
        rollup.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        // Platform totals by period read across enterprises.
        rollup.HasIndex(r => r.Day);
    }
}

internal sealed class PlatformSettingConfiguration : IEntityTypeConfiguration<Reporting.PlatformSetting>
{
    public void Configure(EntityTypeBuilder<Reporting.PlatformSetting> setting)
    {
        setting.ToTable("PlatformSettings");
        setting.Property(s => s.Key).HasMaxLength(60).IsRequired();
        setting.Property(s => s.Value).HasMaxLength(200).IsRequired();
        setting.Property(s => s.ChangedById).HasMaxLength(450).IsRequired();
        setting.HasIndex(s => new { s.Key, s.ChangedAtUtc });
    }
}


internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> request)
    {
        request.ToTable("ReturnRequests");
        request.Property(r => r.MemberId).HasMaxLength(450).IsRequired();
        request.Property(r => r.Details).HasMaxLength(ReturnRequest.MaxTextLength).IsRequired();
        request.Property(r => r.RefusalReason).HasMaxLength(ReturnRequest.MaxTextLength);
        request.Property(r => r.PickupCarrier).HasMaxLength(60);
        request.Property(r => r.PickupTrackingNumber).HasMaxLength(60);
        request.Property(r => r.ReshipCarrier).HasMaxLength(60);
        request.Property(r => r.ReshipTrackingNumber).HasMaxLength(60);
        request.Ignore(r => r.IsOpen);
        request.Ignore(r => r.ShopperPaysShipping);
        request.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        request.HasIndex(r => r.OrderId);
        // The enterprise's queue of returns to handle; the settlement's returns of a month.
        request.HasIndex(r => new { r.EnterpriseId, r.Status });
        request.HasIndex(r => new { r.EnterpriseId, r.CompletedAtUtc });
        request.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("ReturnLines");
            line.WithOwner().HasForeignKey("ReturnRequestId");
            line.Property<int>("Id");
            line.HasKey("Id");
        });
        request.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RemoteAreaConfiguration : IEntityTypeConfiguration<RemoteArea>
{
    public void Configure(EntityTypeBuilder<RemoteArea> area)
    {
        area.ToTable("RemoteAreas");
        area.Property(a => a.FromPostcode).HasMaxLength(5).IsRequired();
        area.Property(a => a.ToPostcode).HasMaxLength(5).IsRequired();
        area.Property(a => a.Name).HasMaxLength(60).IsRequired();
        area.HasData(RemoteArea.Seed);
    }
}
