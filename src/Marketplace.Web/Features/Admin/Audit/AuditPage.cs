using System.Globalization;
using System.Text.Json;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Audit;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Audit;

/// <summary><c>/admin/audit</c>: the latest decisions and changes, newest first, as a person reads them:
/// who (name and role), what (in the reader's language), which (by its number) and the values before
/// and after. Read-only: no page changes or removes an entry.</summary>
public static partial class AuditPage
{
    public sealed record Query(int Take = 200) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(DateTime AtUtc, string Actor, string Role, string Action, string Subject, IReadOnlyList<Change> Changes);

    public sealed record Change(string Field, string Before, string After);

    public sealed partial class Handler(MarketplaceDbContext db, IStringLocalizer<Texts> texts) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct)
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(query.Take)
                .Select(a => new
                {
                    a.AtUtc, a.ActorId, a.ActorName, a.ActorRole, a.Action, a.SubjectType, a.SubjectId, a.SubjectNumber, a.Before, a.After,
                    // Entries written before names were kept: the member's name today.
                    CurrentName = db.Users.Where(u => u.Id == a.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(ct);
            return entries.Select(a => new Row(
                a.AtUtc,
                a.ActorId == AuditTrail.System ? texts["Audit.System"] : a.ActorName is { Length: > 0 } name ? name : a.CurrentName ?? "—",
                a.ActorRole is { Length: > 0 } role && a.ActorId != AuditTrail.System ? Text($"Role.{role}", role) : "",
                ActionOf(a.Action, a.SubjectType),
                a.SubjectNumber is { Length: > 0 } number ? number : $"{a.SubjectType} {a.SubjectId}",
                Changes(a.Before, a.After))).ToList();
        }

        // "Enterprise.Approved" reads as 기업 · 승인; "PurchaseOrder.Changed" as 발주서 · 변경.
        private string ActionOf(string action, string subjectType)
        {
            var what = Text($"Audit.Subject.{subjectType}", subjectType);
            var verb = action.Split('.') is [_, var state]
                ? state is "Changed" or "Added" or "PaymentRecorded" ? Text($"Audit.{state}", state) : Text($"{StatusType(subjectType)}.{state}", state)
                : action;
            return $"{what} · {verb}";
        }

        private static string StatusType(string subjectType) => subjectType is "Enterprise" or "Institution" ? "ApprovalStatus" : subjectType + "Status";

        private IReadOnlyList<Change> Changes(string before, string after)
        {
            var was = Read(before);
            var now = Read(after);
            return now.Keys.Union(was.Keys).Select(field => new Change(
                Text($"Audit.Field.{field}", field),
                was.TryGetValue(field, out var b) ? Shown(field, b) : "",
                now.TryGetValue(field, out var n) ? Shown(field, n) : "")).ToList();
        }

        private static Dictionary<string, JsonElement> Read(string json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
                    : [];
            }
            catch (JsonException)
            {
                return [];
            }
        }

        private string Shown(string field, JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "—",
            JsonValueKind.Number when field.EndsWith("Won", StringComparison.Ordinal) && value.TryGetInt64(out var won) => Cultures.Won(new Domain.Common.Won(won)),
            JsonValueKind.Number => value.GetDecimal().ToString("#,##0.####", CultureInfo.CurrentCulture),
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean() ? texts["Audit.Yes"] : texts["Audit.No"],
            // Enums are written with their type (PurchaseOrderStatus.Placed), which the texts know.
            JsonValueKind.String when value.GetString() is { } text && EnumValue().IsMatch(text) => Text(text, text[(text.IndexOf('.') + 1)..]),
            JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => Cultures.Date(day),
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };

        [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][A-Za-z]+Status\\.[A-Z][A-Za-z]+$")]
        private static partial System.Text.RegularExpressions.Regex EnumValue();

        private string Text(string key, string fallback) => texts[key] is { ResourceNotFound: false } found ? found.Value : fallback;
    }
}
