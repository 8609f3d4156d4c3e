namespace Marketplace.Domain.Reporting;

/// <summary>One enterprise's sales on one Korean day through one channel: orders paid that day and
/// their amount, and the amount refunded that day. Kept by the same transaction that pays or
/// refunds an order, so the operator's dashboards read thousands of rows instead of millions.</summary>
public class SalesRollup
{
    private SalesRollup() { }

    public int EnterpriseId { get; private set; }
    public DateOnly Day { get; private set; }
    public string Channel { get; private set; } = "";
    public int Orders { get; private set; }
    public long GrossWon { get; private set; }
    public long RefundsWon { get; private set; }

    public const string ConsumerChannel = "consumer";
    public const string ProcurementChannel = "procurement";
}

/// <summary>A setting the operator changes on a page (commission rate, single-quote cap, invoice due
/// days). Every change is a new row, so the history is the table; the newest row per key applies.</summary>
public class PlatformSetting : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Key;

    private PlatformSetting() { }

    public PlatformSetting(string key, string value, DateTime changedAtUtc, string changedById)
    {
        Key = key;
        Value = value;
        ChangedAtUtc = changedAtUtc;
        ChangedById = changedById;
    }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public string Value { get; private set; } = "";
    public DateTime ChangedAtUtc { get; private set; }
    public string ChangedById { get; private set; } = "";
}
