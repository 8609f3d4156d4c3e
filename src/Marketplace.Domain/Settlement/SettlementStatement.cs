using Marketplace.Domain.Common;

namespace Marketplace.Domain.Settlement;

/// <summary>What the platform owes an enterprise for one month (KST): purchases confirmed that month (구매확정),
/// less refunds made that month of purchases confirmed before, less the platform's commission at the rate in force when the statement
/// was issued. The rate is kept with the statement, so a later change of rate never rewrites it.</summary>
public class SettlementStatement
{
    private SettlementStatement() { }

    public SettlementStatement(int enterpriseId, int year, int month, Won gross, Won refunds, decimal commissionRate, DateTime issuedAtUtc)
    {
        if (commissionRate is < 0 or > 1) throw new DomainException(ErrorCodes.InvalidAmount, commissionRate.ToString());
        EnterpriseId = enterpriseId;
        Year = year;
        Month = month;
        GrossWon = gross.Amount;
        RefundsWon = refunds.Amount;
        CommissionRate = commissionRate;
        CommissionWon = CommissionOn(gross - refunds, commissionRate).Amount;
        IssuedAtUtc = issuedAtUtc;
    }

    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public long GrossWon { get; private set; }
    public long RefundsWon { get; private set; }
    public decimal CommissionRate { get; private set; }
    public long CommissionWon { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }

    public long NetSalesWon => GrossWon - RefundsWon;
    public long PayableWon => NetSalesWon - CommissionWon;

    /// <summary>Whole won, rounded half away from zero; no commission on a month of net refunds.</summary>
    public static Won CommissionOn(Won netSales, decimal rate) =>
        netSales.Amount <= 0 ? Won.Zero : new Won((long)Math.Round(netSales.Amount * rate, MidpointRounding.AwayFromZero));
}
