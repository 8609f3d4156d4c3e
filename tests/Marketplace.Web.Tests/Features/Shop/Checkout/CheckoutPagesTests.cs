using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Checkout;

/// <summary>Cart, checkout and order pages over HTTP: who may see what, and what a form needs.</summary>
public class CheckoutPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateBrowserlikeClient();
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<HttpResponseMessage> AddToCartAsync(HttpClient client, int productId, int quantity)
    {
        var page = await client.GetStringAsync($"/products/{productId}");
        return await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(), ["quantity"] = quantity.ToString(), ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
    }

    [Fact]
    public async Task Checkout_sends_visitors_to_sign_in_and_back()
    {
        using var client = app.CreateBrowserlikeClient();
        var response = await client.GetAsync("/checkout");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login?ReturnUrl=%2Fcheckout", response.Headers.Location!.OriginalString);
        var login = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("/account/register?returnUrl=%2Fcheckout", login);
    }

    [Fact]
    public async Task A_visitors_cart_is_kept_through_sign_in()
    {
        var email = $"merge-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        var product = await app.ProductWithStockAsync(10);
        using var client = app.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AddToCartAsync(client, product, 2)).StatusCode);

        var response = await Html.PostFormAsync(client, "/account/login?returnUrl=%2Fcheckout",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!", ["ReturnUrl"] = "/checkout" });
        Assert.Equal("/checkout", response.Headers.Location!.OriginalString);

        var checkout = await client.GetStringAsync("/checkout");
        Assert.Contains($"/products/{product}", await client.GetStringAsync("/cart"));
        Assert.Contains("× 2", checkout);
    }

    [Fact]
    public async Task Cart_changes_need_the_antiforgery_token_and_refuse_bad_quantities_with_a_message()
    {
        var product = await app.ProductWithStockAsync(3);
        using var client = app.CreateBrowserlikeClient();
        var forged = await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string> { ["productId"] = product.ToString(), ["quantity"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var tooMany = await AddToCartAsync(client, product, 4);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("재고가 부족합니다", await tooMany.Content.ReadAsStringAsync());

        var negative = await AddToCartAsync(client, product, -1);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("수량은 1 이상", await negative.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Nobody_sees_or_cancels_another_members_order()
    {
        var ownerEmail = $"owner-{Guid.NewGuid():N}@test.kr";
        var owner = await app.NewMemberAsync(ownerEmail);
        var otherEmail = $"other-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(otherEmail);
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(owner, product, 1);
        var started = await app.CheckoutAsync(owner);
        var orderId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders
            .Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());

        using var ownerClient = await SignedInAsync(ownerEmail);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/orders/{orderId}")).StatusCode);

        using var other = await SignedInAsync(otherEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/orders/{orderId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/payments/simulated/{started.PaymentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/checkout/complete/{started.PaymentId}")).StatusCode);
        var ordersPage = await other.GetStringAsync("/account/logout"); // a page with a form, for a token
        var token = Html.AntiforgeryToken(ordersPage);
        var cancel = await other.PostAsync($"/orders/{orderId}/cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "ChangedMind", ["confirmed"] = "true", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        var approve = await other.PostAsync($"/payments/simulated/{started.PaymentId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["approve"] = "true", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
    }

    [Fact]
    public async Task A_bad_address_shows_the_form_again_with_messages_and_reserves_nothing()
    {
        var email = $"addr-{Guid.NewGuid():N}@test.kr";
        var member = await app.NewMemberAsync(email);
        var product = await app.ProductWithStockAsync(4);
        await app.AddToCartAsync(member, product, 1);
        using var client = await SignedInAsync(email);

        var response = await Html.PostFormAsync(client, "/checkout", new Dictionary<string, string>
        {
            ["Form.AttemptId"] = Guid.NewGuid().ToString(), ["Form.Recipient"] = "<b>김</b>", ["Form.Phone"] = "12",
            ["Form.PostalCode"] = "abcde", ["Form.RoadAddress"] = "", ["Form.Detail"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("우편번호는 숫자 5자리입니다", html);
        Assert.Contains("도로명주소를 입력해 주세요", html);
        Assert.Contains("&lt;b&gt;김&lt;/b&gt;", html);
        Assert.Equal(4, await app.StockOfAsync(product));
    }
}
