using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Domain.Reporting;

/// <summary>How many members signed up on one Korean day through one channel, by what they are now
/// (consumer, institution member, enterprise staff). Kept by <see cref="MarketplaceDbContext"/>'s
/// save itself, so every way of adding or linking a member keeps it right.</summary>
public class SignUpRollup
{
    private SignUpRollup() { }

    public DateOnly Day { get; private set; }
    public string Kind { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public int Members { get; private set; }

    public const string Consumer = "consumer";
    public const string InstitutionMember = "institution";
    public const string EnterpriseStaff = "enterprise";

    public static string KindOf(int? enterpriseId, int? institutionId) =>
        enterpriseId is not null ? EnterpriseStaff : institutionId is not null ? InstitutionMember : Consumer;

    /// <summary>The rollup changes that the pending saves of members imply.</summary>
    internal static List<(DateOnly Day, string Kind, string Channel, int Delta)> ChangesIn(ChangeTracker tracker)
    {
        var changes = new List<(DateOnly, string, string, int)>();
        foreach (var entry in tracker.Entries<Member>())
        {
            var member = entry.Entity;
            var day = KoreaTime.DayOf(member.SignedUpAtUtc);
            var channel = member.SignUpChannel.ToString();
            var kindNow = KindOf(member.EnterpriseId, member.InstitutionId);
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add((day, kindNow, channel, +1));
                    break;
                case EntityState.Deleted:
                    changes.Add((day, KindOf(entry.OriginalValues.GetValue<int?>(nameof(Member.EnterpriseId)), entry.OriginalValues.GetValue<int?>(nameof(Member.InstitutionId))), channel, -1));
                    break;
                case EntityState.Modified:
                    var kindBefore = KindOf(entry.OriginalValues.GetValue<int?>(nameof(Member.EnterpriseId)), entry.OriginalValues.GetValue<int?>(nameof(Member.InstitutionId)));
                    if (kindBefore != kindNow)
                    {
                        changes.Add((day, kindBefore, channel, -1));
                        changes.Add((day, kindNow, channel, +1));
                    }
                    break;
            }
        }
        return changes.GroupBy(c => (c.Item1, c.Item2, c.Item3)).Select(g => (g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Sum(c => c.Item4)))
            .Where(c => c.Item4 != 0).ToList();
    }
}
