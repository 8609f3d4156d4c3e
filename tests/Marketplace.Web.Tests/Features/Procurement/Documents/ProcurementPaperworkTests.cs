using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Admin.Enterprises;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Features.Procurement.Attachments;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Features.Procurement.Quotes;
using Marketplace.Web.Features.Procurement.Reports;
using Marketplace.Web.Features.Seller.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Documents;

/// <summary>The 2026 SVI rule both ways, the evidence behind the year's results, an enterprise declining
/// to quote, attachments kept between the two parties, and a refused form's address.</summary>
public class ProcurementPaperworkTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_order_from_a_firm_graded_poor_takes_a_reason_under_the_warning_rule_and_is_refused_under_the_blocking_rule()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var product = await app.ProductWithStockAsync(10, 110_000);
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product).Select(p => p.EnterpriseId).SingleAsync());
        DirectPurchase.Form Form(string? reason) => new() { Quantity = 2, DeliveryPlace = "세종청사 2동", DeliveryDate = today.AddDays(10), SviReason = reason };
        try
        {
            Assert.True(await app.SendAsync(new SviGrades.Record(enterprise, SviGrade.Poor, today.Year - 1)));
            var preview = (await app.SendAsync(new DirectPurchase.PreviewQuery(product, 2, null)))!;
            Assert.Equal((true, LowSviRule.WarnWithReason), (preview.LowSvi, preview.SviRule));

            var noReason = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(null))));
            Assert.Equal(ErrorCodes.LowSviReasonRequired, noReason.Code);
            var kept = await OrderAsync(await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form("지역 내 유일한 공급 기업"))));
            Assert.Equal((SviGrade.Poor, today.Year - 1, "지역 내 유일한 공급 기업"), (kept.SviGrade, kept.SviYear, kept.LowSviReason));

            await app.SendAsync(new SettingsPage.Change("operator", PlatformSettings.LowSviRule, 1));
            var blocked = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form("그래도"))));
            Assert.Equal(ErrorCodes.LowSviBlocked, blocked.Code);

            // Graded 양호 again: no question asked, and the grade is kept on the order all the same.
            await app.SendAsync(new SviGrades.Record(enterprise, SviGrade.Good, today.Year));
            var good = await OrderAsync(await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(null))));
            Assert.Equal((SviGrade.Good, (string?)null), (good.SviGrade, good.LowSviReason));
            var future = await Assert.ThrowsAsync<Marketplace.Web.Infrastructure.Behaviors.InputValidationException>(() =>
                app.SendAsync(new SviGrades.Record(enterprise, SviGrade.Excellent, today.Year + 1)));
            Assert.NotEmpty(future.Errors);
        }
        finally
        {
            await app.SendAsync(new SettingsPage.Change("operator", PlatformSettings.LowSviRule, 0));
            await app.SendAsync(new SviGrades.Record(enterprise, null, null));
        }
    }

    [Fact]
    public async Task The_evidence_rows_add_up_to_the_years_totals_and_name_why_a_purchase_does_not_count()
    {
        var flow = new DocumentFlow(app);
        var (institution, orderId, _) = await flow.InspectedOrderAsync();
        var today = KoreaTime.Today(app.Clock);
        await app.SendAsync(new PurchaseResults.SetTarget(institution.Id, today.Year, 3.5m));
        var report = await app.SendAsync(new PurchaseResults.Query(institution.Id, today.Year));

        // 20 × 100,000 + 5 × 200,000 = 3,000,000 supply; 3,300,000 with VAT.
        var row = Assert.Single(report.EvidenceRows);
        Assert.Equal((orderId, 3_300_000L, true), (row.OrderId, row.AcceptedWon, row.Counts));
        Assert.Equal(report.CountedWon, report.EvidenceRows.Where(r => r.Counts).Sum(r => r.AcceptedWon));
        Assert.Equal(report.NotCountedWon, report.EvidenceRows.Where(r => !r.Counts).Sum(r => r.AcceptedWon));
        Assert.Equal((3.5m, (long?)null), (report.TargetPercent, report.TargetWon)); // no total entered yet

        await app.SendAsync(new PurchaseResults.SetTotal(institution.Id, today.Year, 200_000_000));
        report = await app.SendAsync(new PurchaseResults.Query(institution.Id, today.Year));
        Assert.Equal((3.5m, 7_000_000L), (report.TargetPercent, report.TargetWon));
        Assert.Equal(1.65m, report.Progress[today.Month - 1].CumulativePercent); // 3,300,000 / 200,000,000

        // The files carry the same row, with Korean headers.
        var csv = System.Text.Encoding.UTF8.GetString((await app.SendAsync(new ResultsFile.Query(institution.Id, today.Year, ResultsFile.Format.Csv))).Bytes);
        Assert.Contains("발주번호,판매 기업,사업자등록번호", csv.Replace("\"", ""));
        Assert.Contains(row.OrderNumber, csv);
        Assert.Contains("3300000", csv.Replace(",", ""));
    }

    [Fact]
    public async Task An_enterprise_declines_a_request_with_a_reason_the_buyer_reads_and_can_no_longer_answer_it()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var (e1, e2) = (await app.EnterpriseOfAsync("seller@demo.kr"), await app.EnterpriseOfAsync("seller2@demo.kr"));
        var requestId = await app.SendAsync(new QuoteRequests.Create(institution.Id, institution.BuyerId, new QuoteRequests.Form
        {
            Title = "현수막 제작", Kind = Domain.Catalog.ProductKind.Goods, DeliveryPlace = "세종청사", DeliveryDate = today.AddDays(20), Deadline = today.AddDays(7),
            Items = [new() { Name = "현수막", Specification = "5m×0.9m", Quantity = 4 }], EnterpriseIds = [e1, e2],
        }));

        // Before any answer the buyer's page lists what was asked for.
        using var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        var before = WebUtility.HtmlDecode(await buyer.GetStringAsync($"/procurement/quotes/{requestId}"));
        Assert.Contains("요청한 품목", before);
        Assert.Contains("5m×0.9m", before);

        var noReason = await Assert.ThrowsAsync<Marketplace.Web.Infrastructure.Behaviors.InputValidationException>(() =>
            app.SendAsync(new SellerProcurement.DeclineRequest(e2, requestId, " ")));
        Assert.NotEmpty(noReason.Errors);
        Assert.True(await app.SendAsync(new SellerProcurement.DeclineRequest(e2, requestId, "현수막은 취급하지 않습니다")));
        Assert.False(await app.SendAsync(new SellerProcurement.DeclineRequest(await OtherEnterpriseAsync(e1, e2), requestId, "남의 요청")));
        var comparison = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, requestId)))!;
        Assert.Equal("현수막은 취급하지 않습니다", comparison.Recipients.Single(r => r.EnterpriseId == e2).DeclineReason);
        Assert.Contains("현수막은 취급하지 않습니다", app.MailContaining(institution.BuyerEmail, "견적하지 않습니다"));
        Assert.False((await app.SendAsync(new SellerProcurement.RequestQuery(e2, requestId)))!.TakesAnswers);
        var item = comparison.Request.Items.Single().Id;
        var late = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new SellerProcurement.SubmitQuote(e2, "staff", requestId,
            new SellerProcurement.QuoteForm { Prices = new() { [item] = 50_000 }, DeliveryDate = today.AddDays(10), ValidUntil = today.AddDays(30) })));
        Assert.Equal(ErrorCodes.QuoteRequestDeclined, late.Code);

        // The other answers; its submitted page shows the totals and a confirmation: 4 × 45,000 = 180,000 + 18,000.
        using var seller = await app.SignedInAsync("seller@demo.kr");
        var answered = await Html.PostFormAsync(seller, $"/seller/procurement/quotes/{requestId}", new Dictionary<string, string>
        {
            [$"Form.Prices[{item}]"] = "45000", ["Form.DeliveryDate"] = today.AddDays(12).ToString("yyyy-MM-dd"),
            ["Form.ValidUntil"] = today.AddDays(40).ToString("yyyy-MM-dd"), ["Form.Note"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var page = WebUtility.HtmlDecode(await seller.GetStringAsync(answered.Headers.Location!.OriginalString));
        Assert.Contains("견적을 제출했습니다. 합계 198,000원", page);
        Assert.Contains("견적서 Q-", page);
    }

    [Fact]
    public async Task Attachments_are_read_by_the_buyer_and_the_enterprise_asked_but_not_by_a_competitor_or_another_institution()
    {
        var institution = await app.NewInstitutionAsync();
        var other = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var (e1, e2) = (await app.EnterpriseOfAsync("seller@demo.kr"), await app.EnterpriseOfAsync("seller2@demo.kr"));
        var outsider = await OtherEnterpriseAsync(e1, e2);
        var requestId = await app.SendAsync(new QuoteRequests.Create(institution.Id, institution.BuyerId, new QuoteRequests.Form
        {
            Title = "홍보물 인쇄", Kind = Domain.Catalog.ProductKind.Goods, DeliveryPlace = "세종청사", DeliveryDate = today.AddDays(20), Deadline = today.AddDays(7),
            Items = [new() { Name = "리플릿", Specification = "A4 3단", Quantity = 1000 }], EnterpriseIds = [e1, e2],
        }));
        var pdf = "%PDF-1.4\n%spec\n"u8.ToArray();
        Assert.True(await app.SendAsync(new QuoteAttachments.Upload(new(institution.Id, null), institution.BuyerId, requestId, File(pdf, "규격서.pdf"))));
        Assert.True(await app.SendAsync(new QuoteAttachments.Upload(new(null, e1), "staff", requestId, File(pdf, "시안.pdf"))));
        Assert.False(await app.SendAsync(new QuoteAttachments.Upload(new(other.Id, null), other.BuyerId, requestId, File(pdf, "x.pdf"))));
        Assert.False(await app.SendAsync(new QuoteAttachments.Upload(new(null, outsider), "staff", requestId, File(pdf, "x.pdf"))));
        var script = await Assert.ThrowsAsync<Marketplace.Web.Infrastructure.Behaviors.InputValidationException>(() =>
            app.SendAsync(new QuoteAttachments.Upload(new(null, e1), "staff", requestId, File("<script>"u8.ToArray(), "a.pdf"))));
        Assert.NotEmpty(script.Errors);

        var all = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, requestId)))!.Attachments!;
        Assert.Equal(["규격서.pdf", "시안.pdf"], all.Select(a => a.FileName));
        var (spec, draft) = (all[0].Id, all[1].Id);
        Assert.Equal(["규격서.pdf"], (await app.SendAsync(new SellerProcurement.RequestQuery(e2, requestId)))!.Attachments!.Select(a => a.FileName));
        Assert.NotNull(await app.SendAsync(new QuoteAttachments.Download(new(null, e2), requestId, spec)));
        Assert.Null(await app.SendAsync(new QuoteAttachments.Download(new(null, e2), requestId, draft)));   // a competitor's answer
        Assert.Null(await app.SendAsync(new QuoteAttachments.Download(new(null, outsider), requestId, spec)));
        Assert.Null(await app.SendAsync(new QuoteAttachments.Download(new(other.Id, null), requestId, spec)));
        var mine = await app.SendAsync(new QuoteAttachments.Download(new(institution.Id, null), requestId, draft));
        using (var reader = new MemoryStream()) { await mine!.Content.CopyToAsync(reader); await mine.Content.DisposeAsync(); Assert.Equal(pdf, reader.ToArray()); }
    }

    [Fact]
    public async Task A_refused_shipment_form_shows_the_order_page_address_again_and_a_get_of_its_post_address_goes_to_the_order()
    {
        using var seller = await app.SignedInAsync("seller@demo.kr");
        var response = await seller.GetAsync("/seller/procurement/orders/123456/ship");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/seller/procurement/orders/123456", response.Headers.Location!.OriginalString);

        var (institution, orderId, _) = await new DocumentFlow(app).InspectedOrderAsync();
        using var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        buyer.DefaultRequestHeaders.Referrer = new Uri(buyer.BaseAddress!, $"/procurement/orders/{orderId}");
        var refused = await Html.PostFormAsync(buyer, $"/procurement/orders/{orderId}/inspect", new Dictionary<string, string>(),
            antiforgeryFrom: $"/procurement/orders/{orderId}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains($"data-reshown-from=\"/procurement/orders/{orderId}\"", html);
        Assert.Contains("/js/reshown.js", html);
    }

    private static FormFile File(byte[] bytes, string name) =>
        new(new MemoryStream(bytes), 0, bytes.Length, "file", name) { Headers = new HeaderDictionary(), ContentType = "application/pdf" };

    private Task<int> OtherEnterpriseAsync(int e1, int e2) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
        .Where(e => e.Id != e1 && e.Id != e2 && e.Status == ApprovalStatus.Approved).Select(e => e.Id).FirstAsync());

    private Task<PurchaseOrder> OrderAsync(int id) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders.AsNoTracking().SingleAsync(o => o.Id == id));
}
