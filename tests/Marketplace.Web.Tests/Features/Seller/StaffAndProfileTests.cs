using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller;

public class StaffAndProfileTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> SignInAsync(string email, string password = "Demo1234!")
    {
        var client = app.CreateBrowserlikeClient();
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task The_owner_invites_a_colleague_who_signs_up_from_the_link_and_joins_as_staff()
    {
        var invitee = $"colleague-{Guid.NewGuid():N}@test.kr";
        using var owner = await SignInAsync("seller@demo.kr");
        var invited = await Html.PostFormAsync(owner, "/seller/staff", new Dictionary<string, string> { ["email"] = invitee });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var mail = Assert.Single(app.MailTo(invitee));
        var link = Regex.Match(mail, @"http://[^\s]+/seller/join/[0-9a-f-]{36}").Value;
        var path = new Uri(link).AbsolutePath;

        using var colleague = app.CreateBrowserlikeClient();
        var toLogin = await colleague.GetAsync(path);
        Assert.Contains("/account/login", toLogin.Headers.Location!.OriginalString);
        var registered = await app.SignUpAndConfirmAsync(colleague, invitee, "새 동료", returnUrl: path);
        Assert.Equal(path, registered.Headers.Location!.OriginalString);
        var joined = await Html.PostFormAsync(colleague, path, new Dictionary<string, string>());
        Assert.Equal("/seller", joined.Headers.Location!.OriginalString);

        var member = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == invitee));
        var ownerEnterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == "seller@demo.kr").Select(u => u.EnterpriseId).SingleAsync());
        Assert.Equal(ownerEnterprise, member.EnterpriseId);
        Assert.False(member.IsEnterpriseOwner);
        Assert.Equal(SignUpChannel.Invitation, member.SignUpChannel);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/seller/orders")).StatusCode);

        // Staff who are not owners cannot invite; a used link does not work again.
        var notOwner = await Html.PostFormAsync(colleague, "/seller/staff", new Dictionary<string, string> { ["email"] = "x@test.kr" });
        Assert.Equal(HttpStatusCode.BadRequest, notOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(colleague, path, new Dictionary<string, string>())).StatusCode);
    }

    [Fact]
    public async Task An_invitation_link_is_of_no_use_to_another_address()
    {
        using var owner = await SignInAsync("seller2@demo.kr");
        var invitee = $"someone-{Guid.NewGuid():N}@test.kr";
        await Html.PostFormAsync(owner, "/seller/staff", new Dictionary<string, string> { ["email"] = invitee });
        var mail = Assert.Single(app.MailTo(invitee));
        var path = new Uri(Regex.Match(mail, @"http://[^\s]+/seller/join/[0-9a-f-]{36}").Value).AbsolutePath;

        using var consumer = await SignInAsync("consumer@demo.kr");
        var refused = await Html.PostFormAsync(consumer, path, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == "consumer@demo.kr").Select(u => u.EnterpriseId).SingleAsync()));
    }

    [Fact]
    public async Task The_storefront_story_shows_on_the_enterprise_page()
    {
        using var seller = await SignInAsync("seller2@demo.kr");
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == "seller2@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["Form.SocialMission"] = "발달장애 청년과 함께 만드는 공예", ["Form.Story"] = "<script>alert(1)</script> 우리 공방 이야기",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(seller, "/seller/profile", fields)).StatusCode);
        var page = await app.CreateClient().GetStringAsync($"/enterprises/{enterprise}");
        Assert.Contains("발달장애 청년과 함께 만드는 공예", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
    }
}
