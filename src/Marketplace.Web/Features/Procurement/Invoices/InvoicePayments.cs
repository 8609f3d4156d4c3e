namespace Marketplace.Web.Features.Procurement.Invoices;


/// <summary>Bank transfers against procurement invoices, recorded by the enterprise that issued the
/// invoice or by the operator; and the operator's list of invoices with the overdue ones flagged.
/// Each use case has its file beside this one: Index, RecordPayment.</summary>
public static partial class InvoicePayments
{
}
