using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marketplace.Domain.Audit;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Infrastructure.Audit;

/// <summary>Writes the audit log once for the whole app: on every save, each changed
/// <see cref="IAudited"/> aggregate (and each new setting) becomes an entry in the same transaction,
/// naming the person signed in (their name and role, or the app itself for the expiry sweep and
/// gateway events), the action (the new status, or a change), the subject by its number, and the
/// changed values before and after. No handler writes entries itself.</summary>
public sealed class AuditTrail(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    public const string System = "system";

    // Kept as text in Korean and every other language: the page shows the words, never \u escapes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MarketplaceDbContext db) await RecordAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is MarketplaceDbContext db) RecordAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task RecordAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && (e.State == EntityState.Modified || (e.State == EntityState.Added && e.Entity is Domain.Reporting.PlatformSetting)))
            .Select(e => (Entry: e, Fields: ChangedFields(e)))
            .Where(c => c.Fields.Count > 0)
            .ToList();
        // A payment recorded against an invoice is an event of the invoice.
        var payments = db.ChangeTracker.Entries<Domain.Procurement.InvoicePayment>().Where(e => e.State == EntityState.Added).ToList();
        if (changes.Count == 0 && payments.Count == 0) return;

        var (actorId, actorName, actorRole) = await ActorAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, fields) in changes)
        {
            var type = entry.Metadata.ClrType.Name;
            var status = fields.FirstOrDefault(f => f.Metadata.Name == "Status");
            var action = entry.State == EntityState.Added ? $"{type}.Added"
                : status is not null ? $"{type}.{status.CurrentValue}"
                : $"{type}.Changed";
            var number = ((IAudited)entry.Entity).AuditNumber;
            var key = entry.State == EntityState.Added ? number : string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            db.AuditEntries.Add(new AuditEntry(now, actorId, Truncate(action, 60), type, Truncate(key, 60),
                Values(fields, original: true, entry.State == EntityState.Added), Values(fields, original: false, added: false),
                Truncate(actorName, 200), actorRole, Truncate(number, 200)));
        }
        foreach (var payment in payments)
        {
            var invoice = db.ChangeTracker.Entries<Domain.Procurement.Invoice>().FirstOrDefault(i => i.Entity.Payments.Contains(payment.Entity))?.Entity;
            if (invoice is null) continue;
            var after = JsonSerializer.Serialize(new { payment.Entity.PaidOn, payment.Entity.AmountWon, payment.Entity.Reference, invoice.PaidWon }, Json);
            db.AuditEntries.Add(new AuditEntry(now, actorId, "Invoice.PaymentRecorded", nameof(Domain.Procurement.Invoice), invoice.Id.ToString(CultureInfo.InvariantCulture),
                "{}", after, Truncate(actorName, 200), actorRole, invoice.Number));
        }
    }

    // What a reader cares about: states, amounts, quantities, reasons, names. Not versions, clocks or ids.
    private static List<PropertyEntry> ChangedFields(EntityEntry entry) => entry.Properties
        .Where(p => (entry.State == EntityState.Added || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))) && Readable(p.Metadata.Name))
        .ToList();

    private static bool Readable(string name) =>
        name is not ("Version" or "SearchText" or "ConcurrencyStamp" or "SecurityStamp")
        && !name.EndsWith("AtUtc", StringComparison.Ordinal) && !name.EndsWith("Id", StringComparison.Ordinal)
        && !name.EndsWith("Key", StringComparison.Ordinal) || name == "Key";

    private static string Values(List<PropertyEntry> fields, bool original, bool added) => added ? "{}" :
        JsonSerializer.Serialize(fields.ToDictionary(f => f.Metadata.Name, f => Shown(original ? f.OriginalValue : f.CurrentValue)), Json);

    // Enums keep their type, so the page can say them in the reader's language (PurchaseOrderStatus.Placed).
    private static object? Shown(object? value) => value is Enum e ? $"{e.GetType().Name}.{e}" : value;

    private async Task<(string Id, string Name, string Role)> ActorAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        var user = http.HttpContext?.User;
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return (System, "", System);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var role = user.FindAll(ClaimTypes.Role).Select(c => c.Value).OrderBy(RoleRank).FirstOrDefault() ?? Domain.Members.Roles.Consumer;
        return (id, name ?? user.Identity?.Name ?? "", role);
    }

    // Someone with several roles acts in the most responsible one.
    private static int RoleRank(string role) => role switch
    {
        Domain.Members.Roles.Operator => 0,
        Domain.Members.Roles.InstitutionApprover => 1,
        Domain.Members.Roles.InstitutionBuyer => 2,
        Domain.Members.Roles.EnterpriseStaff => 3,
        _ => 4,
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
