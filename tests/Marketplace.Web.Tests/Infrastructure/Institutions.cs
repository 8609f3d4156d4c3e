using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

public sealed record TestInstitution(int Id, string RegistrationNumber, string BuyerId, string BuyerEmail, string ApproverId, string ApproverEmail);

/// <summary>A verified institution of its own per test (so its figures start at zero), with a buyer
/// and an approver who sign in with <c>Test-12345!</c>.</summary>
public static class Institutions
{
    public static Task<TestInstitution> NewInstitutionAsync(this AppFactory app) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        var users = sp.GetRequiredService<UserManager<Member>>();
        var random = new Random();
        var nine = $"{random.Next(101, 900):000}{random.Next(81, 89):00}{random.Next(0, 10000):0000}";
        var number = BusinessRegistrationNumber.Parse(nine + BusinessRegistrationNumber.CheckDigit(nine));
        var institution = new Institution($"테스트기관 {Guid.NewGuid():N}"[..14], $"T{random.Next(1_000_000, 9_999_999)}", number, Region.Seoul, DateTime.UtcNow);
        institution.Approve();
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();

        async Task<(string Id, string Email)> MemberAsync(string role)
        {
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.kr";
            var member = new Member(email, role == Roles.InstitutionBuyer ? "김구매" : "박승인", DateTime.UtcNow, SignUpChannel.Direct) { EmailConfirmed = true };
            member.JoinInstitution(institution.Id);
            Assert.True((await users.CreateAsync(member, "Test-12345!")).Succeeded);
            await users.AddToRoleAsync(member, role);
            return (member.Id, email);
        }
        var buyer = await MemberAsync(Roles.InstitutionBuyer);
        var approver = await MemberAsync(Roles.InstitutionApprover);
        return new TestInstitution(institution.Id, number.Digits, buyer.Id, buyer.Email, approver.Id, approver.Email);
    });

    public static Task<int> EnterpriseOfAsync(this AppFactory app, string email) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == email).Select(u => u.EnterpriseId!.Value).SingleAsync());

    public static Task<string> MemberIdAsync(this AppFactory app, string email) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static async Task<HttpClient> SignedInAsync(this AppFactory app, string email, string password = "Demo1234!")
    {
        var client = app.CreateBrowserlikeClient();
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
