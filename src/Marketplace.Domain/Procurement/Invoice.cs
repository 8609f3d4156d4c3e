using Marketplace.Domain.Common;

namespace Marketplace.Domain.Procurement;

/// <summary>The invoice of an inspected purchase order, with the data of a tax invoice (세금계산서):
/// supply amount, VAT, total and both parties' registration numbers. Paid by bank transfer or by card
/// after delivery (후청구), possibly in parts and both ways; overdue once its due date has passed with
/// money still owed, closed once nothing is.</summary>
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
    /// <summary>The 승인번호 of the e-tax invoice the enterprise issued through 홈택스 for this invoice.</summary>
    public string? TaxApprovalNumber { get; private set; }
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

    /// <summary>A card payment the gateway confirmed. The money is already taken, so it is never
    /// refused: what is still owed is recorded, and what came above it (a bank transfer recorded
    /// while the card page was open) is returned for the caller to refund.</summary>
    /// <returns>The won to give back: 0 when the card paid no more than was owed.</returns>
    public long RecordCardPayment(Guid paymentId, long amountWon, string recordedById, DateOnly paidOn, DateTime nowUtc)
    {
        if (amountWon <= 0) throw new DomainException(ErrorCodes.InvalidAmount);
        if (_payments.Any(p => p.PaymentId == paymentId)) return 0;
        var counted = Math.Min(amountWon, Math.Max(OutstandingWon, 0));
        if (counted > 0)
        {
            _payments.Add(new InvoicePayment(paidOn, counted, $"card {paymentId.ToString("N")[..8]}", recordedById, nowUtc, paymentId));
            Version++;
        }
        return amountWon - counted;
    }

    /// <summary>국세청 승인번호: 24 digits, shown as 8-8-8.</summary>
    public void RecordTaxApproval(string approvalNumber)
    {
        var digits = new string(approvalNumber.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 24 || approvalNumber.Any(c => !char.IsAsciiDigit(c) && c != '-' && c != ' '))
            throw new DomainException(ErrorCodes.TaxApprovalNumberInvalid, approvalNumber);
        TaxApprovalNumber = $"{digits[..8]}-{digits[8..16]}-{digits[16..]}";
        Version++;
    }
}

public enum InvoicePaymentMethod { BankTransfer, Card }

public class InvoicePayment
{
    private InvoicePayment() { }

    public InvoicePayment(DateOnly paidOn, long amountWon, string reference, string recordedById, DateTime recordedAtUtc, Guid? paymentId = null)
    {
        PaymentId = paymentId;
        Method = paymentId is null ? InvoicePaymentMethod.BankTransfer : InvoicePaymentMethod.Card;
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
    public InvoicePaymentMethod Method { get; private set; }
    /// <summary>The card payment (our <c>Payment</c>) it came from; unique, so a gateway's report counts once.</summary>
    public Guid? PaymentId { get; private set; }
    /// <summary>The transfer's reference (입금자명 or bank reference), or the card payment's.</summary>
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

    public InstitutionYearTotal(int institutionId, int year) => (InstitutionId, Year) = (institutionId, year);

    public int InstitutionId { get; private set; }
    public int Year { get; private set; }
    public long TotalPurchasesWon { get; private set; }
    /// <summary>The share of total purchases the institution aims to buy from the social economy, in percent.</summary>
    public decimal? TargetPercent { get; private set; }

    public void SetTarget(decimal? percent)
    {
        if (percent is < 0 or > 100) throw new DomainException(ErrorCodes.InvalidAmount, $"{percent}");
        TargetPercent = percent is null ? null : Math.Round(percent.Value, 2);
    }

    public void Set(long totalPurchasesWon)
    {
        if (totalPurchasesWon < 0) throw new DomainException(ErrorCodes.InvalidAmount);
        TotalPurchasesWon = totalPurchasesWon;
    }
}
