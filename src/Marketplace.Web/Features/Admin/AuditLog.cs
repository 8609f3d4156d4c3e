using System.Text.Json;
using Marketplace.Domain.Audit;
using Marketplace.Domain.Data;

namespace Marketplace.Web.Features.Admin;

/// <summary>Adds a decision to the audit log in the caller's transaction, so a decision and its
/// record land together or not at all.</summary>
public static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static void Record(this MarketplaceDbContext db, DateTime atUtc, string actorId, string action, string subjectType, object subjectId, object before, object after) =>
        db.AuditEntries.Add(new AuditEntry(atUtc, actorId, action, subjectType, subjectId.ToString()!, JsonSerializer.Serialize(before, Json), JsonSerializer.Serialize(after, Json)));
}
