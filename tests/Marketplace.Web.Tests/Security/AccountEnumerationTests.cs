using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>Signing in tells nobody which addresses have accounts: the same answer, and the same work.</summary>
public class AccountEnumerationTests(AccountEnumerationTests.CountingHasherApp app) : IClassFixture<AccountEnumerationTests.CountingHasherApp>
{
    /// <summary>Counts password checks, the slow part of a sign-in (about 90 ms against 4 ms without one).</summary>
    public sealed class CountingHasher : IPasswordHasher<Member>
    {
        private readonly PasswordHasher<Member> _inner = new();
        public int Verifications;
        public string HashPassword(Member user, string password) => _inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(Member user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingHasherApp : AppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<Member>>(Hasher));
        }
    }

    private async Task<(HttpStatusCode Status, string Body, int Checks)> SignInAsync(string email, string password)
    {
        using var client = app.CreateBrowserlikeClient();
        var before = app.Hasher.Verifications;
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        var body = await response.Content.ReadAsStringAsync();
        // The page differs only by its antiforgery token and the address typed back into the form.
        body = Regex.Replace(body.Replace(email, "EMAIL"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "TOKEN");
        return (response.StatusCode, body, app.Hasher.Verifications - before);
    }

    [Fact]
    public async Task An_unknown_address_a_wrong_password_and_a_locked_account_get_the_same_answer_after_the_same_work()
    {
        var email = $"real-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);

        var wrong = await SignInAsync(email, "Wrong12345!");
        var unknown = await SignInAsync($"nobody-{Guid.NewGuid():N}@test.kr", "Wrong12345!");
        for (var i = 0; i < 5; i++) await SignInAsync(email, "Wrong12345!");
        var locked = await SignInAsync(email, "Test-12345!");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal((wrong.Status, wrong.Body), (unknown.Status, unknown.Body));
        Assert.Equal((wrong.Status, wrong.Body), (locked.Status, locked.Body));
        Assert.Equal(1, wrong.Checks);
        Assert.Equal(1, unknown.Checks); // a decoy check: as slow as a real one
        Assert.Equal(1, locked.Checks);
    }
}
