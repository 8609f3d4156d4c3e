using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Invoices;

/// <summary>The one place an accepted inspection is invoiced (its handler, and the demo data that
/// stands for past inspections): the invoice for the accepted amount, its tax-invoice document, and
/// the enterprise's procurement sales on the day of inspection, in the caller's transaction.</summary>
public static class IssueInvoice
{
    public static async Task ForAsync(MarketplaceDbContext db, PurchaseOrder order, Domain.Enterprises.Enterprise enterprise,
        DateOnly day, int dueDays, CancellationToken ct)
    {
        var institution = await db.Institutions.FirstAsync(i => i.Id == order.InstitutionId, ct);
        var invoice = new Invoice(order, enterprise.Name, enterprise.RegistrationNumber, institution.Name,
            institution.RegistrationNumber, day, dueDays);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(ct); // the document's number is the invoice's
        await Documents.IssueDocument.TaxInvoiceAsync(db, invoice, order, ct);
        await SalesLedger.AddToRollupAsync(db, order.EnterpriseId, day, Domain.Reporting.SalesRollup.ProcurementChannel,
            1, order.AcceptedTotal.Amount, 0, ct);
    }
}
