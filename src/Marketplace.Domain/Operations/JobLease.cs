namespace Marketplace.Domain.Operations;

/// <summary>Who runs a background job for the current period, when several servers share the
/// database. A server takes the lease by one conditional UPDATE (free or expired, or already its
/// own) or by inserting the row; the database lets exactly one of them win (docs/decisions/0010).</summary>
public class JobLease
{
    private JobLease() { }

    public JobLease(string name, string holder, DateTime expiresAtUtc)
    {
        Name = name;
        Holder = holder;
        ExpiresAtUtc = expiresAtUtc;
    }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTime ExpiresAtUtc { get; private set; }
}
