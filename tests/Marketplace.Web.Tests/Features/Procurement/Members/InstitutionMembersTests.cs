using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Members;

public class InstitutionMembersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_approver_invites_a_buyer_who_signs_up_from_the_link_and_buys_for_the_institution()
    {
        var institution = await app.NewInstitutionAsync();
        var invitee = $"new-buyer-{Guid.NewGuid():N}@test.kr";
        using var approver = await app.SignedInAsync(institution.ApproverEmail, "Test-12345!");
        var invited = await Html.PostFormAsync(approver, "/procurement/members", new Dictionary<string, string> { ["email"] = invitee, ["role"] = Roles.InstitutionBuyer });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var bad = await Html.PostFormAsync(approver, "/procurement/members", new Dictionary<string, string> { ["email"] = "x@test.kr", ["role"] = Roles.Operator });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var mail = Assert.Single(app.MailTo(invitee));
        var path = new Uri(Regex.Match(mail, @"http://[^\s]+/procurement/join/[0-9a-f-]{36}").Value).AbsolutePath;

        // Someone else's account cannot use the link.
        using var consumer = await app.SignedInAsync("consumer@demo.kr");
        Assert.Equal(HttpStatusCode.BadRequest, (await Html.PostFormAsync(consumer, path, new Dictionary<string, string>())).StatusCode);

        using var colleague = app.CreateBrowserlikeClient();
        var registered = await app.SignUpAndConfirmAsync(colleague, invitee, "새 구매 담당", returnUrl: path);
        Assert.Equal(path, registered.Headers.Location!.OriginalString);
        var joined = await Html.PostFormAsync(colleague, path, new Dictionary<string, string>());
        Assert.Equal("/procurement/orders", joined.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/procurement/orders")).StatusCode);

        var (linked, roles) = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByEmailAsync(invitee);
            return (member!.InstitutionId, await users.GetRolesAsync(member));
        });
        Assert.Equal(institution.Id, linked);
        Assert.Equal([Roles.Consumer, Roles.InstitutionBuyer], roles.Order().ToArray());
        Assert.Contains(invitee, await approver.GetStringAsync("/procurement/members"));

        // A buyer does not invite; a used link does not work again.
        var byBuyer = await Html.PostFormAsync(colleague, "/procurement/members", new Dictionary<string, string> { ["email"] = "y@test.kr", ["role"] = Roles.InstitutionApprover });
        Assert.StartsWith("/account/denied", byBuyer.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(colleague, path, new Dictionary<string, string>())).StatusCode);
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == "consumer@demo.kr").Select(u => u.InstitutionId).SingleAsync()));
    }
}
