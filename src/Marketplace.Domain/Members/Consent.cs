namespace Marketplace.Domain.Members;

/// <summary>What a member is asked to agree to, item by item (개인정보보호법 §22).</summary>
public enum ConsentItem
{
    /// <summary>이용약관 (required).</summary>
    Terms,
    /// <summary>개인정보 수집·이용 (required).</summary>
    Privacy,
    /// <summary>광고성 정보 수신 (optional, refusable without losing any service).</summary>
    Marketing,
    /// <summary>만 14세 이상 (required: younger children need a guardian's consent, which the shop does not take).</summary>
    Age14,
}

/// <summary>One answer, kept as evidence: which text (its version), yes or no, and when.</summary>
public class Consent
{
    private Consent() { }

    public Consent(string memberId, ConsentItem item, int version, bool agreed, DateTime atUtc)
    {
        MemberId = memberId;
        Item = item;
        Version = version;
        Agreed = agreed;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public ConsentItem Item { get; private set; }
    /// <summary>The version of the terms or privacy text agreed to; 0 for items without a text of their own.</summary>
    public int Version { get; private set; }
    public bool Agreed { get; private set; }
    public DateTime AtUtc { get; private set; }
}
