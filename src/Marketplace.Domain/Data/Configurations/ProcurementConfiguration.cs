using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Marketplace.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Domain.Data.Configurations;

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> order)
    {
        order.ToTable("PurchaseOrders");
        order.Property(o => o.BuyerId).HasMaxLength(450).IsRequired();
        order.Property(o => o.ApproverId).HasMaxLength(450);
        order.Property(o => o.DeliveryPlace).HasMaxLength(200).IsRequired();
        order.Property(o => o.CapExceededReason).HasMaxLength(1000);
        order.Property(o => o.ApprovalRejectedReason).HasMaxLength(500);
        order.Property(o => o.DeclineReason).HasMaxLength(500);
        order.Property(o => o.InspectionNote).HasMaxLength(1000);
        order.Property(o => o.InspectedById).HasMaxLength(450);
        order.Property(o => o.LowSviReason).HasMaxLength(1000);
        order.Property(o => o.Version).IsConcurrencyToken();
        order.HasOne<Institution>().WithMany().HasForeignKey(o => o.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Enterprise>().WithMany().HasForeignKey(o => o.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Member>().WithMany().HasForeignKey(o => o.BuyerId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Quote>().WithMany().HasForeignKey(o => o.QuoteId).OnDelete(DeleteBehavior.Restrict);
        // One contract per accepted quote.
        order.HasIndex(o => o.QuoteId).IsUnique();
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.PurchaseOrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        order.HasMany(o => o.Shipments).WithOne().HasForeignKey(s => s.PurchaseOrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Shipments).UsePropertyAccessMode(PropertyAccessMode.Field);
        // An institution's orders by status; an enterprise's orders to fulfil; the year's results.
        order.HasIndex(o => new { o.InstitutionId, o.Status });
        order.HasIndex(o => new { o.EnterpriseId, o.Status });
        order.HasIndex(o => new { o.InstitutionId, o.InspectedAtUtc });
    }
}

internal sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> line)
    {
        line.ToTable("PurchaseOrderLines");
        line.Property(l => l.Name).HasMaxLength(200).IsRequired();
        line.Ignore(l => l.AcceptedWon);
        line.ComplexProperty(l => l.SocialValue, SocialValueConfiguration.MapShare);
        line.HasOne<Catalog.Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseOrderShipmentConfiguration : IEntityTypeConfiguration<PurchaseOrderShipment>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderShipment> shipment)
    {
        shipment.ToTable("PurchaseOrderShipments");
        shipment.Property(s => s.Carrier).HasMaxLength(60).IsRequired();
        shipment.Property(s => s.TrackingNumber).HasMaxLength(60).IsRequired();
        shipment.OwnsMany(s => s.Lines, line =>
        {
            line.ToTable("PurchaseOrderShipmentLines");
            line.WithOwner().HasForeignKey("ShipmentId");
            line.Property<int>("Id");
            line.HasKey("Id");
        });
        shipment.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class QuoteRequestConfiguration : IEntityTypeConfiguration<QuoteRequest>
{
    public void Configure(EntityTypeBuilder<QuoteRequest> request)
    {
        request.ToTable("QuoteRequests");
        request.Property(r => r.BuyerId).HasMaxLength(450).IsRequired();
        request.Property(r => r.Title).HasMaxLength(200).IsRequired();
        request.Property(r => r.DeliveryPlace).HasMaxLength(200).IsRequired();
        request.HasOne<Institution>().WithMany().HasForeignKey(r => r.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Member>().WithMany().HasForeignKey(r => r.BuyerId).OnDelete(DeleteBehavior.Restrict);
        request.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.QuoteRequestId).OnDelete(DeleteBehavior.Cascade);
        request.Navigation(r => r.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        request.OwnsMany(r => r.Recipients, recipient =>
        {
            recipient.ToTable("QuoteRequestRecipients");
            recipient.WithOwner().HasForeignKey("QuoteRequestId");
            recipient.HasKey("QuoteRequestId", nameof(QuoteRequestRecipient.EnterpriseId));
            recipient.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
            // An enterprise's inbox of requests.
            recipient.HasIndex(r => r.EnterpriseId);
            recipient.Property(r => r.DeclineReason).HasMaxLength(500);
        });
        request.Navigation(r => r.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        request.HasIndex(r => new { r.InstitutionId, r.CreatedAtUtc });
        request.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class QuoteRequestItemConfiguration : IEntityTypeConfiguration<QuoteRequestItem>
{
    public void Configure(EntityTypeBuilder<QuoteRequestItem> item)
    {
        item.ToTable("QuoteRequestItems");
        item.Property(i => i.Name).HasMaxLength(200).IsRequired();
        item.Property(i => i.Specification).HasMaxLength(500).IsRequired();
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        quote.ToTable("Quotes");
        quote.Property(q => q.SubmittedById).HasMaxLength(450).IsRequired();
        quote.Property(q => q.Note).HasMaxLength(1000).IsRequired();
        // A revision and an acceptance at the same moment: the second to save fails instead of mixing them.
        quote.Property(q => q.Version).IsConcurrencyToken();
        quote.HasOne<QuoteRequest>().WithMany().HasForeignKey(q => q.QuoteRequestId).OnDelete(DeleteBehavior.Cascade);
        quote.HasOne<Enterprise>().WithMany().HasForeignKey(q => q.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        // One answer per enterprise and request; a revision updates it.
        quote.HasIndex(q => new { q.QuoteRequestId, q.EnterpriseId }).IsUnique();
        quote.OwnsMany(q => q.Lines, line =>
        {
            line.ToTable("QuoteLines");
            line.WithOwner().HasForeignKey("QuoteId");
            line.Property<int>("Id");
            line.HasKey("Id");
        });
        quote.Navigation(q => q.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> invoice)
    {
        invoice.ToTable("Invoices");
        invoice.Property(i => i.SupplierName).HasMaxLength(200).IsRequired();
        invoice.Property(i => i.SupplierRegistrationNumber).HasMaxLength(10).IsRequired();
        invoice.Property(i => i.BuyerName).HasMaxLength(200).IsRequired();
        invoice.Property(i => i.BuyerRegistrationNumber).HasMaxLength(10).IsRequired();
        invoice.Property(i => i.Version).IsConcurrencyToken();
        invoice.Property(i => i.TaxApprovalNumber).HasMaxLength(26);
        // One invoice per purchase order, however often inspection is retried.
        invoice.HasOne<PurchaseOrder>().WithMany().HasForeignKey(i => i.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasIndex(i => i.PurchaseOrderId).IsUnique();
        invoice.HasOne<Institution>().WithMany().HasForeignKey(i => i.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasIndex(i => i.InstitutionId);
        invoice.HasIndex(i => i.EnterpriseId);
        invoice.HasMany(i => i.Payments).WithOne().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        invoice.Navigation(i => i.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InvoicePaymentConfiguration : IEntityTypeConfiguration<InvoicePayment>
{
    public void Configure(EntityTypeBuilder<InvoicePayment> payment)
    {
        payment.ToTable("InvoicePayments");
        payment.Property(p => p.Reference).HasMaxLength(100).IsRequired();
        payment.Property(p => p.RecordedById).HasMaxLength(450).IsRequired();
        // A card payment counts on its invoice once, however often the gateway reports it.
        payment.HasIndex(p => p.PaymentId).IsUnique();
    }
}

internal sealed class InstitutionYearTotalConfiguration : IEntityTypeConfiguration<InstitutionYearTotal>
{
    public void Configure(EntityTypeBuilder<InstitutionYearTotal> total)
    {
        total.ToTable("InstitutionYearTotals");
        total.HasKey(t => new { t.InstitutionId, t.Year });
        total.HasOne<Institution>().WithMany().HasForeignKey(t => t.InstitutionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcurementDocumentConfiguration : IEntityTypeConfiguration<ProcurementDocument>
{
    public void Configure(EntityTypeBuilder<ProcurementDocument> document)
    {
        document.ToTable("ProcurementDocuments");
        document.Property(d => d.Number).HasMaxLength(40).IsRequired();
        document.Property(d => d.Content).IsRequired();
        document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        document.HasOne<Institution>().WithMany().HasForeignKey(d => d.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<Enterprise>().WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<PurchaseOrder>().WithMany().HasForeignKey(d => d.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<QuoteRequest>().WithMany().HasForeignKey(d => d.QuoteRequestId).OnDelete(DeleteBehavior.Restrict);
        // Issued once per step: a retried step finds its document instead of writing a second one.
        document.HasIndex(d => new { d.Kind, d.SourceId, d.Revision }).IsUnique();
        document.HasIndex(d => d.PurchaseOrderId);
        document.HasIndex(d => d.QuoteRequestId);
    }
}

internal sealed class QuoteAttachmentConfiguration : IEntityTypeConfiguration<QuoteAttachment>
{
    public void Configure(EntityTypeBuilder<QuoteAttachment> attachment)
    {
        attachment.ToTable("QuoteAttachments");
        attachment.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        attachment.Property(a => a.StorageKey).HasMaxLength(32).IsRequired();
        attachment.Property(a => a.ContentType).HasMaxLength(60).IsRequired();
        attachment.Property(a => a.UploadedById).HasMaxLength(450).IsRequired();
        attachment.HasOne<QuoteRequest>().WithMany().HasForeignKey(a => a.QuoteRequestId).OnDelete(DeleteBehavior.Cascade);
        attachment.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        attachment.HasIndex(a => a.QuoteRequestId);
        attachment.HasIndex(a => a.StorageKey);
    }
}
