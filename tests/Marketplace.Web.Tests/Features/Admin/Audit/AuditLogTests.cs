using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Admin.Audit;

/// <summary>The audit log, as the operator reads it: every party's decisions, by name and role, the
/// subject by its number, the values before and after in words, never raw JSON.</summary>
public class AuditLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_approval_reads_with_the_approvers_name_and_role_the_order_number_and_the_states_in_words()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(10, 22_000, enterprise);
        var orderId = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product,
            new DirectPurchase.Form { Quantity = 2, DeliveryPlace = "본관 1층", DeliveryDate = today.AddDays(5) }));
        var (number, approverName) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var order = await db.PurchaseOrders.AsNoTracking().SingleAsync(o => o.Id == orderId);
            return (order.Number, await db.Users.Where(u => u.Id == institution.ApproverId).Select(u => u.DisplayName).SingleAsync());
        });

        // The approver approves in the browser: the entry names them, not an id.
        using var approver = await app.SignedInAsync(institution.ApproverEmail, "Test-12345!");
        var approved = await Html.PostFormAsync(approver, $"/procurement/orders/{orderId}/approve", new Dictionary<string, string>(), $"/procurement/orders/{orderId}");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        using var admin = await app.SignedInAsync("admin@demo.kr");
        var log = await admin.GetStringAsync("/admin/audit");
        var row = System.Text.RegularExpressions.Regex.Replace(log.Split("<tr>").Single(r => r.Contains(number) && r.Contains("발주(기업 확인 대기)")), @"\s+", " ");
        Assert.Contains(approverName, row);
        Assert.Contains("승인권자", row);
        Assert.Contains("발주서 · 발주(기업 확인 대기)", row);
        Assert.Contains("상태: <span class=\"before\">승인 대기</span> <span aria-hidden=\"true\">→</span> <span class=\"after\">발주(기업 확인 대기)</span>", row);
        Assert.DoesNotContain("\\u", log);
        Assert.DoesNotContain("{\"", log);
    }

    [Fact]
    public async Task A_recorded_bank_transfer_is_an_entry_on_its_invoice_in_won()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var invoice = await db.Invoices.Include(i => i.Payments).FirstAsync(i => i.Payments.Count == 0);
        invoice.RecordPayment(KoreaTime.Today(app.Clock), 1_000, "성동구청", "test", KoreaTime.Today(app.Clock), DateTime.UtcNow);
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("Invoice.PaymentRecorded", invoice.Number), (entry.Action, entry.SubjectNumber));
        Assert.Contains("성동구청", entry.After);

        using var admin = await app.SignedInAsync("admin@demo.kr");
        var log = await admin.GetStringAsync("/admin/audit");
        Assert.Contains("세금계산서 · 입금 기록", log);
        var flat = System.Text.RegularExpressions.Regex.Replace(log, @"\s+", " ");
        Assert.Contains("금액: <span class=\"after\">1,000원</span>", flat);
        Assert.Contains($"입금일: <span class=\"after\">{KoreaTime.Today(app.Clock):yyyy.MM.dd}</span>", flat);
    }
}
