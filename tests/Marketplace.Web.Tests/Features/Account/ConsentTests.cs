using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Account;

/// <summary>Sign-up asks each consent item by item and keeps every answer with the version of the text;
/// a new version that asks again is put to members at their next sign-in.</summary>
public class ConsentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    private static Dictionary<string, string> SignUp(string email, bool terms = true, bool privacy = true, bool age = true, bool marketing = false)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "동의회원", ["Password"] = "Test-12345!", ["ConfirmPassword"] = "Test-12345!" };
        if (terms) fields["AgreesToTerms"] = "true";
        if (privacy) fields["AgreesToPrivacy"] = "true";
        if (age) fields["IsFourteenOrOlder"] = "true";
        if (marketing) fields["AcceptsMarketing"] = "true";
        return fields;
    }

    [Fact]
    public async Task The_sign_up_page_asks_every_item_and_a_missing_required_one_creates_nothing()
    {
        var client = app.CreateBrowserlikeClient();
        var page = await client.GetStringAsync("/account/register");
        foreach (var field in new[] { "AgreesToTerms", "AgreesToPrivacy", "IsFourteenOrOlder", "AcceptsMarketing" }) Assert.Contains($"name=\"{field}\"", page);
        Assert.Contains("[필수] 이용약관", page);
        Assert.Contains("[선택]", page);
        Assert.Contains("보유 기간", page);

        foreach (var (fields, message) in new[]
        {
            (SignUp($"no-terms-{Guid.NewGuid():N}@test.kr", terms: false), "이용약관에 동의해 주세요"),
            (SignUp($"no-privacy-{Guid.NewGuid():N}@test.kr", privacy: false), "개인정보 수집·이용에 동의해 주세요"),
            (SignUp($"no-age-{Guid.NewGuid():N}@test.kr", age: false), "만 14세 이상만"),
        })
        {
            var refused = await Html.PostFormAsync(client, "/account/register", fields);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, await refused.Content.ReadAsStringAsync());
            Assert.False(await Db(db => db.Users.AnyAsync(u => u.Email == fields["Email"])));
        }
    }

    [Fact]
    public async Task Each_answer_is_kept_with_the_version_agreed_and_marketing_is_off_unless_chosen()
    {
        var email = $"consents-{Guid.NewGuid():N}@test.kr";
        var signedUp = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/register", SignUp(email, marketing: true));
        Assert.Equal("/account/check-mail", signedUp.Headers.Location?.OriginalString);

        // Another test of this class may have published a version meanwhile: the one in force is the one agreed.
        var termsVersion = await Db(db => db.PolicyDocuments.Where(p => p.Kind == PolicyKind.Terms).MaxAsync(p => (int?)p.Version)) ?? 1;
        var member = await Db(db => db.Users.SingleAsync(u => u.Email == email));
        var consents = await Db(db => db.Consents.Where(c => c.MemberId == member.Id).ToListAsync());
        Assert.Equal(termsVersion, consents.Single(c => c.Item == ConsentItem.Terms).Version);
        Assert.Equal(1, consents.Single(c => c.Item == ConsentItem.Privacy).Version);
        Assert.True(consents.Single(c => c.Item == ConsentItem.Age14).Agreed);
        Assert.True(consents.Single(c => c.Item == ConsentItem.Marketing).Agreed);
        Assert.All(consents, c => Assert.True(c.AtUtc > DateTime.UtcNow.AddMinutes(-1)));
        Assert.True(member.AcceptsMarketing);

        var other = $"no-marketing-{Guid.NewGuid():N}@test.kr";
        await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/register", SignUp(other));
        Assert.False(await Db(db => db.Users.Where(u => u.Email == other).Select(u => u.AcceptsMarketing).SingleAsync()));
        Assert.False(await Db(db => db.Consents.Where(c => c.Item == ConsentItem.Marketing && db.Users.Any(u => u.Id == c.MemberId && u.Email == other)).Select(c => c.Agreed).SingleAsync()));
    }

    [Fact]
    public async Task A_new_version_that_asks_again_is_shown_at_the_next_sign_in_and_the_agreement_kept_with_it()
    {
        var email = $"again-{Guid.NewGuid():N}@test.kr";
        await app.SignUpAndConfirmAsync(app.CreateBrowserlikeClient(), email, "재동의회원");
        var operatorClient = await app.SignedInAsync("admin@demo.kr");

        // A correction that does not ask again changes nothing at sign-in.
        var corrected = await Html.PostFormAsync(operatorClient, "/admin/settings/policies/Terms",
            new Dictionary<string, string> { ["body"] = "## 제1조\n오탈자를 고친 약관", ["bodyEn"] = "## 1\nCorrected terms" }, antiforgeryFrom: "/admin/settings/policies");
        Assert.Equal("/terms", corrected.Headers.Location?.OriginalString);
        var first = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!" });
        Assert.Equal("/", first.Headers.Location?.OriginalString);

        var published = await Html.PostFormAsync(operatorClient, "/admin/settings/policies/Terms",
            new Dictionary<string, string> { ["body"] = "## 제1조\n새 목적이 더해진 약관", ["bodyEn"] = "## 1\nTerms with a new purpose", ["asksConsentAgain"] = "true" },
            antiforgeryFrom: "/admin/settings/policies");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var version = await Db(db => db.PolicyDocuments.Where(p => p.Kind == PolicyKind.Terms).MaxAsync(p => p.Version));
        var terms = await app.CreateBrowserlikeClient().GetStringAsync("/terms");
        Assert.Contains("새 목적이 더해진 약관", terms);
        Assert.Contains("오탈자를 고친 약관", await app.CreateBrowserlikeClient().GetStringAsync($"/terms?version={version - 1}"));
        Assert.Contains("제1조 (목적)", await app.CreateBrowserlikeClient().GetStringAsync("/terms?version=1")); // the shipped text stays readable

        var client = app.CreateBrowserlikeClient();
        var signIn = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!", ["ReturnUrl"] = "/orders" });
        Assert.Equal("/account/consent?returnUrl=%2Forders", signIn.Headers.Location?.OriginalString);
        var page = await client.GetStringAsync("/account/consent");
        Assert.Contains($"value=\"Terms:{version}\"", page);
        Assert.DoesNotContain("value=\"Privacy:", page);

        var unticked = await Html.PostFormAsync(client, "/account/consent", new Dictionary<string, string> { ["returnUrl"] = "/orders" });
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        var agreed = await Html.PostFormAsync(client, "/account/consent", new Dictionary<string, string> { ["agreed"] = $"Terms:{version}", ["returnUrl"] = "/orders" });
        Assert.Equal("/orders", agreed.Headers.Location?.OriginalString);
        var memberId = await app.MemberIdAsync(email);
        Assert.True(await Db(db => db.Consents.AnyAsync(c => c.MemberId == memberId && c.Item == ConsentItem.Terms && c.Version == version && c.Agreed)));

        var later = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!" });
        Assert.Equal("/", later.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_privacy_policy_names_the_officer_processors_and_retention_from_the_settings()
    {
        var page = await app.CreateBrowserlikeClient().GetStringAsync("/privacy");
        foreach (var expected in new[] { "개인정보 보호책임자", "김보호", "privacy@social-market.example", "Stripe", "메일 발송", "5년", "3년", "쿠키", "예시클라우드 주식회사" })
            Assert.Contains(expected, page);
        Assert.DoesNotContain("{PrivacyOfficer}", page);
    }
}
