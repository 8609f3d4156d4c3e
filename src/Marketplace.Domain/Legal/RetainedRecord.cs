namespace Marketplace.Domain.Legal;

/// <summary>Why a withdrawn member's data is still kept (전자상거래법 시행령 §6).</summary>
public enum RetentionReason
{
    /// <summary>계약·청약철회, 대금결제 및 재화 등의 공급에 관한 기록: five years.</summary>
    ContractPaymentDelivery,
    /// <summary>소비자의 불만 또는 분쟁처리에 관한 기록: three years.</summary>
    ComplaintOrDispute,
}

/// <summary>What the law requires kept after a member withdrew, apart from the live data: only the operator
/// reads it (<c>/admin/retention</c>), and the daily retention job deletes it when <see cref="KeepUntilUtc"/> passes.</summary>
public class RetainedRecord
{
    private RetainedRecord() { }

    public RetainedRecord(RetentionReason reason, string reference, string content, DateTime keptFromUtc, DateTime keepUntilUtc)
    {
        Reason = reason;
        Reference = reference;
        Content = content;
        KeptFromUtc = keptFromUtc;
        KeepUntilUtc = keepUntilUtc;
    }

    public static int YearsFor(RetentionReason reason) => reason == RetentionReason.ContractPaymentDelivery ? 5 : 3;

    public long Id { get; private set; }
    public RetentionReason Reason { get; private set; }
    /// <summary>The order or payment it belongs to (an order number).</summary>
    public string Reference { get; private set; } = "";
    /// <summary>The personal details as they were, in JSON.</summary>
    public string Content { get; private set; } = "";
    public DateTime KeptFromUtc { get; private set; }
    public DateTime KeepUntilUtc { get; private set; }
}
