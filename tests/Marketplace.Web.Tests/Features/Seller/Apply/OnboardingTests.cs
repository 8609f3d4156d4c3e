using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller.Apply;

/// <summary>Applying as an enterprise with a supporting document, and the operator's decision.</summary>
public class OnboardingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = app.CreateBrowserlikeClient();
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, string registrationNumber, byte[]? document, string fileName = "certificate.pdf")
    {
        var token = Html.AntiforgeryToken(await client.GetStringAsync("/seller/apply"));
        using var form = new MultipartFormDataContent();
        void Field(string name, string value) => form.Add(new StringContent(value), name);
        Field("__RequestVerificationToken", token);
        Field("Form.Name", "햇살 협동조합");
        Field("Form.NameEn", "Sunshine Cooperative");
        Field("Form.Type", "Cooperative");
        Field("Form.RegistrationNumber", registrationNumber);
        Field("Form.RepresentativeName", "정햇살");
        Field("Form.Region", "Jeonbuk");
        Field("Form.Bank", "농협은행");
        Field("Form.AccountNumber", "302-1234-5678-91");
        Field("Form.AccountHolder", "햇살 협동조합");
        if (document is not null)
        {
            var file = new ByteArrayContent(document);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg"); // what the browser claims does not matter
            form.Add(file, "document", fileName);
        }
        return await client.PostAsync("/seller/apply", form);
    }

    private static string ValidNumber(string first9)
    {
        var check = Domain.Common.BusinessRegistrationNumber.CheckDigit(first9);
        return $"{first9[..3]}-{first9[3..5]}-{first9[5..]}{check}";
    }

    [Fact]
    public async Task An_application_waits_for_the_operator_who_approves_it_with_an_audit_entry()
    {
        var email = $"applicant-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        using var applicant = await SignInAsync(email, "Test-12345!");
        var number = ValidNumber($"7{Random.Shared.Next(10_000_000, 99_999_999)}");

        var applied = await ApplyAsync(applicant, number, Pdf);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.AsNoTracking()
            .SingleAsync(e => e.RegistrationNumber == number.Replace("-", "")));
        Assert.Equal(ApprovalStatus.Pending, enterprise.Status);
        Assert.Equal("application/pdf", enterprise.DocumentContentType);
        Assert.Contains("검토하고 있습니다", await applicant.GetStringAsync("/seller/apply"));
        Assert.Equal(Pdf, await applicant.GetByteArrayAsync("/seller/apply/document"));
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync("/seller/products/new")).StatusCode); // staff role at once

        // Not listed while pending.
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/enterprises/{enterprise.Id}")).StatusCode);

        using var admin = await SignInAsync("admin@demo.kr", "Demo1234!");
        var queue = await admin.GetStringAsync("/admin/enterprises");
        Assert.Contains("햇살 협동조합", queue);
        Assert.Equal(Pdf, await admin.GetByteArrayAsync($"/admin/enterprises/{enterprise.Id}/document"));
        var decided = await admin.PostAsync($"/admin/enterprises/{enterprise.Id}/decide", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["decision"] = "Approve", ["__RequestVerificationToken"] = Html.AntiforgeryToken(queue) }));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        Assert.Equal(ApprovalStatus.Approved, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
            .Where(e => e.Id == enterprise.Id).Select(e => e.Status).SingleAsync()));
        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(a => a.SubjectType == "Enterprise" && a.SubjectId == enterprise.Id.ToString()));
        Assert.Equal("Enterprise.Approved", audit.Action);
        Assert.Contains("Pending", audit.Before);
        Assert.Contains("Approved", audit.After);
    }

    [Fact]
    public async Task A_disguised_file_a_bad_registration_number_or_a_missing_document_saves_nothing()
    {
        var email = $"applicant-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        using var applicant = await SignInAsync(email, "Test-12345!");
        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.CountAsync());

        var disguised = await ApplyAsync(applicant, ValidNumber($"6{Random.Shared.Next(10_000_000, 99_999_999)}"), Executable, "photo.jpg");
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("파일 내용으로 확인합니다", await disguised.Content.ReadAsStringAsync());

        var badNumber = await ApplyAsync(applicant, "123-45-67890", Pdf);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Contains("사업자등록번호", await badNumber.Content.ReadAsStringAsync());

        var noDocument = await ApplyAsync(applicant, ValidNumber($"5{Random.Shared.Next(10_000_000, 99_999_999)}"), null);
        Assert.Equal(HttpStatusCode.BadRequest, noDocument.StatusCode);

        Assert.Equal(before, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.CountAsync()));
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == email).Select(u => u.EnterpriseId).SingleAsync()));
    }

    [Fact]
    public async Task Nobody_but_the_operator_and_the_enterprise_reads_a_document()
    {
        using var consumer = await SignInAsync("consumer@demo.kr", "Demo1234!");
        var anyEnterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.Select(e => e.Id).FirstAsync());
        Assert.Contains("/account/denied", (await consumer.GetAsync($"/admin/enterprises/{anyEnterprise}/document")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await consumer.GetAsync("/seller/apply/document")).StatusCode);
    }
}
