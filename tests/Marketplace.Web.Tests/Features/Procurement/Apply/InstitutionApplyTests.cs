using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Apply;

public class InstitutionApplyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_member_registers_an_institution_that_waits_for_the_operator_and_becomes_its_approver()
    {
        var email = $"clerk-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        using var client = app.CreateBrowserlikeClient();
        await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!" });
        var code = $"T{Random.Shared.Next(100000, 999999)}";

        var bad = await Html.PostFormAsync(client, "/procurement/apply", new Dictionary<string, string>
        {
            ["Form.Name"] = "", ["Form.InstitutionCode"] = "!", ["Form.RegistrationNumber"] = "123-45-67890", ["Form.Region"] = "Seoul",
            ["Form.Address"] = "", ["Form.ContactName"] = "", ["Form.ContactPhone"] = "x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("기관코드는 영문과 숫자", await bad.Content.ReadAsStringAsync());

        var applied = await Html.PostFormAsync(client, "/procurement/apply", new Dictionary<string, string>
        {
            ["Form.Name"] = "세종특별자치시 교육청", ["Form.InstitutionCode"] = code, ["Form.RegistrationNumber"] = "123-45-67891",
            ["Form.Region"] = "Sejong", ["Form.Address"] = "세종특별자치시 한누리대로 2130", ["Form.ContactName"] = "정담당", ["Form.ContactPhone"] = "044-123-4567",
        });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        var institution = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Institutions.AsNoTracking().SingleAsync(i => i.InstitutionCode == code));
        Assert.Equal(ApprovalStatus.Pending, institution.Status);
        Assert.Equal("정담당", institution.ContactName);
        Assert.Contains("확인하고 있습니다", await client.GetStringAsync("/procurement/apply"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/procurement/products")).StatusCode); // the approver role at once
        Assert.Equal(institution.Id, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users
            .Where(u => u.Email == email).Select(u => u.InstitutionId).SingleAsync()));
    }
}
