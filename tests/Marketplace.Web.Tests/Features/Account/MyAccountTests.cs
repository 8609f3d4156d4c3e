using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Account;

/// <summary><c>/account</c>: details, mail choices, saved addresses that checkout offers, the password.</summary>
public class MyAccountTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    private async Task<(HttpClient Client, string Email, string MemberId)> NewMemberAsync()
    {
        var email = $"mine-{Guid.NewGuid():N}@test.kr";
        var client = app.CreateBrowserlikeClient();
        await app.SignUpAndConfirmAsync(client, email, "내계정회원");
        return (client, email, await app.MemberIdAsync(email));
    }

    private static Dictionary<string, string> Address(string label, string recipient, bool makeDefault = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Label"] = label, ["Form.Recipient"] = recipient, ["Form.Phone"] = "010-2222-3333", ["Form.PostalCode"] = "06236",
            ["Form.RoadAddress"] = "서울특별시 강남구 테헤란로 152", ["Form.Detail"] = "12층", ["Form.Note"] = "경비실에 맡겨 주세요",
        };
        if (makeDefault) fields["Form.MakeDefault"] = "true";
        return fields;
    }

    [Fact]
    public async Task A_member_changes_name_phone_and_mail_language_and_a_bad_phone_is_refused()
    {
        var (client, email, id) = await NewMemberAsync();
        var page = await client.GetStringAsync("/account");
        Assert.Contains(email, page);

        var saved = await Html.PostFormAsync(client, "/account/profile", new Dictionary<string, string>
            { ["Form.DisplayName"] = "새이름", ["Form.Phone"] = "010-9876-5432", ["Form.Culture"] = "en" }, antiforgeryFrom: "/account");
        Assert.Equal("/account?saved=1", saved.Headers.Location?.OriginalString);
        var member = await Db(db => db.Users.SingleAsync(u => u.Id == id));
        Assert.Equal(("새이름", "010-9876-5432", "en"), (member.DisplayName, member.PhoneNumber, member.PreferredCulture));

        var refused = await Html.PostFormAsync(client, "/account/profile", new Dictionary<string, string>
            { ["Form.DisplayName"] = "새이름", ["Form.Phone"] = "12345", ["Form.Culture"] = "ko" }, antiforgeryFrom: "/account");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("010-1234-5678", await refused.Content.ReadAsStringAsync());
        Assert.Equal("en", await Db(db => db.Users.Where(u => u.Id == id).Select(u => u.PreferredCulture).SingleAsync()));
    }

    [Fact]
    public async Task Turning_marketing_on_and_off_is_kept_as_consents_with_their_times()
    {
        var (client, _, id) = await NewMemberAsync();
        await Html.PostFormAsync(client, "/account/mail", new Dictionary<string, string> { ["Form.AcceptsMarketing"] = "true", ["Form.OrderProgress"] = "true" }, antiforgeryFrom: "/account");
        await Html.PostFormAsync(client, "/account/mail", new Dictionary<string, string> { ["Form.OrderProgress"] = "true" }, antiforgeryFrom: "/account");
        var answers = await Db(db => db.Consents.Where(c => c.MemberId == id && c.Item == ConsentItem.Marketing).OrderBy(c => c.Id).Select(c => c.Agreed).ToListAsync());
        Assert.Equal([false, true, false], answers); // sign-up's no, then yes, then no
        var member = await Db(db => db.Users.SingleAsync(u => u.Id == id));
        Assert.Equal((false, true, false), (member.AcceptsMarketing, member.MailsOrderProgress, member.MailsProcurementProgress));
    }

    [Fact]
    public async Task Saved_addresses_have_one_default_that_checkout_fills_in_and_nobody_touches_anothers()
    {
        var (client, _, id) = await NewMemberAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(client, "/account/addresses", Address("집", "홍길동"), antiforgeryFrom: "/account")).StatusCode);
        await Html.PostFormAsync(client, "/account/addresses", Address("회사", "김회사", makeDefault: true), antiforgeryFrom: "/account");
        var saved = await Db(db => db.SavedAddresses.Where(a => a.MemberId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([false, true], saved.Select(a => a.IsDefault));

        await app.AddToCartAsync(id, await app.ProductWithStockAsync(5), 1);
        var checkout = await client.GetStringAsync("/checkout");
        Assert.Contains("value=\"김회사\"", checkout);
        Assert.Contains("value=\"경비실에 맡겨 주세요\"", checkout);
        Assert.Contains("value=\"홍길동\"", await client.GetStringAsync($"/checkout?address={saved[0].Id}"));

        var stranger = (await NewMemberAsync()).Client;
        foreach (var path in new[] { $"/account/addresses/{saved[0].Id}/delete", $"/account/addresses/{saved[0].Id}/default" })
            Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(stranger, path, new Dictionary<string, string>(), antiforgeryFrom: "/account")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(stranger, $"/account/addresses/{saved[0].Id}", Address("탈취", "남"), antiforgeryFrom: "/account")).StatusCode);
        Assert.DoesNotContain("김회사", await stranger.GetStringAsync("/account"));

        // Removing the default makes the other one the default.
        await Html.PostFormAsync(client, $"/account/addresses/{saved[1].Id}/delete", new Dictionary<string, string>(), antiforgeryFrom: "/account");
        var left = await Db(db => db.SavedAddresses.Where(a => a.MemberId == id).ToListAsync());
        Assert.Equal("홍길동", Assert.Single(left).Address.Recipient);
        Assert.True(left[0].IsDefault);
    }

    [Fact]
    public async Task Checkout_keeps_a_new_address_with_its_delivery_note_on_the_order()
    {
        var id = await app.NewMemberAsync();
        await app.AddToCartAsync(id, await app.ProductWithStockAsync(5), 1);
        var form = Shoppers.Address();
        form.Note = "문 앞에 놓아 주세요";
        form.SaveAddress = true;
        form.TotalShown = (await app.SendAsync(new Web.Features.Shop.Cart.ViewCart.Query(new Web.Features.Shop.Cart.CartOwner(id, null)))).Total.Amount;
        var started = await app.SendAsync(new Web.Features.Shop.Checkout.StartCheckout.Command(id, "x@test.kr", form));

        var order = await Db(db => db.Orders.FirstAsync(o => o.PaymentId == started.PaymentId));
        Assert.Equal("문 앞에 놓아 주세요", order.ShipTo.Note);
        var saved = Assert.Single(await Db(db => db.SavedAddresses.Where(a => a.MemberId == id).ToListAsync()));
        Assert.Equal(order.ShipTo, saved.Address);
        Assert.True(saved.IsDefault);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_signs_out_every_other_browser()
    {
        var (client, email, _) = await NewMemberAsync();
        var elsewhere = await app.SignedInAsync(email, "Test-12345!");

        var wrong = await Html.PostFormAsync(client, "/account/password", new Dictionary<string, string>
            { ["currentPassword"] = "not-it-123", ["newPassword"] = "Fresh-pass-2026", ["confirmPassword"] = "Fresh-pass-2026" }, antiforgeryFrom: "/account");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("현재 비밀번호가 맞지 않습니다", await wrong.Content.ReadAsStringAsync());

        var changed = await Html.PostFormAsync(client, "/account/password", new Dictionary<string, string>
            { ["currentPassword"] = "Test-12345!", ["newPassword"] = "Fresh-pass-2026", ["confirmPassword"] = "Fresh-pass-2026" }, antiforgeryFrom: "/account");
        Assert.Equal("/account?saved=1", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/account")).StatusCode);
        await app.SignedInAsync(email, "Fresh-pass-2026");
    }
}
