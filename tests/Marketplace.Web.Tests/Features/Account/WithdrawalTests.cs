using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Web.Features.Admin.Retention;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Account;

/// <summary>회원 탈퇴: after it, nothing the shop shows, exports or mails names the member; what the law keeps
/// is apart, for the operator, until its period ends.</summary>
public class WithdrawalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    private sealed record Person(HttpClient Client, string Email, string Id, string Name, string Phone, string Recipient, string Detail);

    /// <summary>A member with a phone, a saved address and a delivered order of seller@demo.kr's enterprise.</summary>
    private async Task<(Person Person, int OrderId)> MemberWithDeliveredOrderAsync()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var person = new Person(app.CreateBrowserlikeClient(), $"leaving-{token}@test.kr", "", $"탈퇴자{token}", $"010-{Random.Shared.Next(1000, 9999)}-{Random.Shared.Next(1000, 9999)}",
            $"받는이{token}", $"비밀동{token}호");
        await app.SignUpAndConfirmAsync(person.Client, person.Email, person.Name);
        person = person with { Id = await app.MemberIdAsync(person.Email) };
        await Html.PostFormAsync(person.Client, "/account/profile", new Dictionary<string, string>
            { ["Form.DisplayName"] = person.Name, ["Form.Phone"] = person.Phone, ["Form.Culture"] = "ko" }, antiforgeryFrom: "/account");

        var product = await app.ProductWithStockAsync(5, enterpriseId: await app.EnterpriseOfAsync("seller@demo.kr"));
        await app.AddToCartAsync(person.Id, product, 1);
        var form = Shoppers.Address();
        (form.Recipient, form.Phone, form.Detail, form.SaveAddress) = (person.Recipient, person.Phone, person.Detail, true);
        form.TotalShown = (await app.SendAsync(new ViewCart.Query(new CartOwner(person.Id, null)))).Total.Amount;
        var started = await app.SendAsync(new StartCheckout.Command(person.Id, person.Email, form));
        await app.SendAsync(new Web.Features.Payments.ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved",
            started.PaymentId, Web.Features.Payments.ApplyPaymentOutcome.Outcome.Paid));
        var orderId = await Db(db => db.Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
        Assert.Contains(app.MailTo(person.Email, atLeast: 2), m => m.Contains("주문이 완료되었습니다"));
        return (person, orderId);
    }

    private static Task<HttpResponseMessage> WithdrawAsync(Person person, string password, bool confirmed = true)
    {
        var fields = new Dictionary<string, string> { ["password"] = password };
        if (confirmed) fields["confirmed"] = "true";
        return Html.PostFormAsync(person.Client, "/account/withdraw", fields);
    }

    [Fact]
    public async Task After_withdrawal_no_page_export_or_mail_names_the_member_and_the_law_keeps_the_order_apart()
    {
        var (person, orderId) = await MemberWithDeliveredOrderAsync();
        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Deliver);
        var seller = await app.SignedInAsync("seller@demo.kr");
        Assert.Contains(person.Recipient, await seller.GetStringAsync($"/seller/orders/{orderId}")); // before: the seller needs it to deliver

        Assert.Equal(HttpStatusCode.BadRequest, (await WithdrawAsync(person, "wrong-password")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WithdrawAsync(person, "Test-12345!", confirmed: false)).StatusCode);
        var done = await WithdrawAsync(person, "Test-12345!");
        Assert.Equal("/account/withdrawn", done.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await person.Client.GetAsync("/account")).StatusCode); // signed out
        var signIn = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/login", new Dictionary<string, string> { ["Email"] = person.Email, ["Password"] = "Test-12345!" });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        string[] personal = [person.Email, person.Name, person.Phone, person.Recipient, person.Detail];
        var admin = await app.SignedInAsync("admin@demo.kr");
        foreach (var (client, path) in new[]
        {
            (seller, $"/seller/orders/{orderId}"), (seller, "/seller/orders"), (seller, "/seller/orders?status=Delivered"),
            (admin, "/admin/members"), (admin, "/admin/members.csv"), (admin, "/admin/sales.csv"), (admin, "/admin/audit"),
        })
        {
            var text = await client.GetStringAsync(path);
            foreach (var value in personal) Assert.False(text.Contains(value), $"{path} still shows {value}");
        }

        var member = await Db(db => db.Users.SingleAsync(u => u.Id == person.Id));
        Assert.NotNull(member.WithdrawnAtUtc);
        Assert.DoesNotContain(person.Email, member.Email);
        Assert.Equal(("", null, null), (member.DisplayName, member.PhoneNumber, member.PasswordHash));
        Assert.False(await Db(db => db.SavedAddresses.AnyAsync(a => a.MemberId == person.Id)));
        Assert.False(await Db(db => db.OutgoingMails.AnyAsync(m => m.To == person.Email)));
        Assert.False(await Db(db => db.AuditEntries.AnyAsync(e => e.ActorName == person.Name)));
        var order = await Db(db => db.Orders.SingleAsync(o => o.Id == orderId));
        Assert.Equal("", order.ShipTo.Recipient);
        Assert.Equal(12_000, order.Total.Amount); // the enterprise's books keep the sale

        // Kept apart for five years from the order, for the operator alone.
        var kept = await Db(db => db.RetainedRecords.SingleAsync(r => r.Reference == order.Number));
        Assert.Equal(RetentionReason.ContractPaymentDelivery, kept.Reason);
        Assert.Contains(person.Recipient, kept.Content);
        Assert.Equal(order.CreatedAtUtc.AddYears(5), kept.KeepUntilUtc);
        Assert.Contains(person.Recipient, await admin.GetStringAsync($"/admin/retention?reference={order.Number}"));
        Assert.NotEqual(HttpStatusCode.OK, (await seller.GetAsync("/admin/retention")).StatusCode);

        // Nothing is left in the mail queue that names them, sent or waiting.
        Assert.False(await Db(db => db.OutgoingMails.AnyAsync(m => m.To == person.Email || m.TextBody.Contains(person.Name) || m.TextBody.Contains(person.Recipient))));
    }

    [Fact]
    public async Task The_daily_job_deletes_a_retained_record_when_its_period_ends_and_not_before()
    {
        var (person, orderId) = await MemberWithDeliveredOrderAsync();
        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Deliver);
        Assert.Equal("/account/withdrawn", (await WithdrawAsync(person, "Test-12345!")).Headers.Location?.OriginalString);
        var number = await Db(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.CreatedAtUtc).SingleAsync());
        var reference = Domain.Ordering.Order.NumberOf(orderId, number);

        await app.SendAsync(new DeleteExpiredRecords.Command());
        Assert.True(await Db(db => db.RetainedRecords.AnyAsync(r => r.Reference == reference)));
        app.Clock.Advance(TimeSpan.FromDays(5 * 366));
        try
        {
            var deleted = await app.SendAsync(new DeleteExpiredRecords.Command());
            Assert.True(deleted.Records >= 1);
            Assert.False(await Db(db => db.RetainedRecords.AnyAsync(r => r.Reference == reference)));
        }
        finally
        {
            app.Clock.Advance(-TimeSpan.FromDays(5 * 366));
        }
    }

    [Fact]
    public async Task Withdrawal_waits_for_an_order_on_its_way_and_for_an_owner_or_last_approver_to_hand_over()
    {
        var (person, orderId) = await MemberWithDeliveredOrderAsync();
        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Ship);
        var refused = await WithdrawAsync(person, "Test-12345!");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("진행 중인 주문", await refused.Content.ReadAsStringAsync());
        Assert.Null(await Db(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.WithdrawnAtUtc).SingleAsync()));

        foreach (var (email, message) in new[] { ("seller@demo.kr", "대표 권한을 넘겨야"), ("approver@demo.kr", "마지막 승인권자") })
        {
            var client = await app.SignedInAsync(email);
            var answer = await Html.PostFormAsync(client, "/account/withdraw", new Dictionary<string, string> { ["password"] = "Demo1234!", ["confirmed"] = "true" });
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains(message, await answer.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }
    }
}
