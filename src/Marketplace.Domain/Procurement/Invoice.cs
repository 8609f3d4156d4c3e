using Marketplace.Domain.Common;

namespace Marketplace.Domain.Procurement;

/// <summary>The invoice of an inspected purchase order, with the data of a tax invoice (세금계산서):
/// supply amount, VAT, total and both parties' registration numbers. Paid by bank transfer, possibly
/// in parts; overdue once its due date has passed with money still owed.</summary>
public class Invoice : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Number;

    private readonly List<InvoicePayment> _payments = [];

    private Invoice() { }

    public Invoice(PurchaseOrder order, string supplierName, string supplierRegistrationNumber,
        string buyerName, string buyerRegistrationNumber, DateOnly issuedOn, int dueDays)
    {
        PurchaseOrderId = order.Id;
        InstitutionId = order.InstitutionId;
        EnterpriseId = order.EnterpriseId;
        SupplyWon = order.AcceptedSupply.Amount;
        VatWon = order.AcceptedVat.Amount;
        SupplierName = supplierName;
        SupplierRegistrationNumber = supplierRegistrationNumber;
        BuyerName = buyerName;
        BuyerRegistrationNumber = buyerRegistrationNumber;
        IssuedOn = issuedOn;
        DueOn = issuedOn.AddDays(dueDays);
    }

    public int Id { get; private set; }
    public int PurchaseOrderId { get; private set; }
    public int InstitutionId { get; private set; }
    public int EnterpriseId { get; private set; }
    public long SupplyWon { get; private set; }
    public long VatWon { get; private set; }
    public long TotalWon => SupplyWon + VatWon;
    public string SupplierName { get; private set; } = "";
    public string SupplierRegistrationNumber { get; private set; } = "";
    public string BuyerName { get; private set; } = "";
    public string BuyerRegistrationNumber { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<InvoicePayment> Payments => _payments;

    public string Number => NumberOf(Id, IssuedOn);

    public static string NumberOf(int id, DateOnly issuedOn) => $"INV-{issuedOn.Year}-{id:D6}";
    public long PaidWon => _payments.Sum(p => p.AmountWon);
    public long OutstandingWon => TotalWon - PaidWon;
    public bool IsPaid => OutstandingWon <= 0;
    public bool IsOverdueOn(DateOnly today) => !IsPaid && today > DueOn;

    /// <summary>A bank transfer received: never more than is still owed, never dated in the future.</summary>
    public void RecordPayment(DateOnly paidOn, long amountWon, string reference, string recordedById, DateOnly today, DateTime nowUtc)
    {
        if (amountWon <= 0) throw new DomainException(ErrorCodes.InvalidAmount);
        if (amountWon > OutstandingWon) throw new DomainException(ErrorCodes.PaymentAboveOutstanding, $"{amountWon} > {OutstandingWon}");
        if (paidOn > today || paidOn < IssuedOn) throw new DomainException(ErrorCodes.PaymentDateOutOfRange);
        _payments.Add(new InvoicePayment(paidOn, amountWon, reference.Trim(), recordedById, nowUtc));
        Version++;
    }
}

public class InvoicePayment
{
    private InvoicePayment() { }

    public InvoicePayment(DateOnly paidOn, long amountWon, string reference, string recordedById, DateTime recordedAtUtc)
    {
        PaidOn = paidOn;
        AmountWon = amountWon;
        Reference = reference;
        RecordedById = recordedById;
        RecordedAtUtc = recordedAtUtc;
    }

    public int Id { get; private set; }
    public int InvoiceId { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public long AmountWon { get; private set; }
    /// <summary>The transfer's reference (입금자명 or bank reference).</summary>
    public string Reference { get; private set; } = "";
    public string RecordedById { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
}

/// <summary>What an institution spent on all purchases in a year, as it reports it; the share of
/// social-economy purchases is taken of this figure.</summary>
public class InstitutionYearTotal
{
    private InstitutionYearTotal() { }

    public InstitutionYearTotal(int institutionId, int year, long totalPurchasesWon)
    {
        InstitutionId = institutionId;
        Year = year;
        Set(totalPurchasesWon);
    }

    public int InstitutionId { get; private set; }
    public int Year { get; private set; }
    public long TotalPurchasesWon { get; private set; }

    public void Set(long totalPurchasesWon)
    {
        if (totalPurchasesWon < 0) throw new DomainException(ErrorCodes.InvalidAmount);
        TotalPurchasesWon = totalPurchasesWon;
    }
}
