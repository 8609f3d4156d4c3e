using System.Net;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Features.Procurement.Reports;
using Marketplace.Web.Features.Seller.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement;

/// <summary>The checks made when ordering (single-quote cap, certification lapsing before delivery,
/// minimum order, quantity price), and a lapsed certification keeping a purchase out of the results.</summary>
public class ProcurementChecksTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static DirectPurchase.Form Form(int quantity, DateOnly delivery, string? reason = null) =>
        new() { Quantity = quantity, DeliveryPlace = "세종청사 2동", DeliveryDate = delivery, CapReason = reason };

    [Fact]
    public async Task Above_the_single_quote_cap_an_order_needs_a_written_reason_which_it_keeps()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var product = await app.ProductWithStockAsync(10, 1_100_000); // supply 1,000,000 + VAT 100,000 per unit
        var before = await PurchaseOrderCountAsync();

        // 50 units: supply exactly 50,000,000, at the cap, allowed without a reason.
        var atCap = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(50, today.AddDays(10))));
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(51, today.AddDays(10)))));
        Assert.Equal(ErrorCodes.SingleQuoteCapExceeded, refused.Code);
        Assert.Equal(before + 1, await PurchaseOrderCountAsync());

        var withReason = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product,
            Form(51, today.AddDays(10), "재난 대비 긴급 구매로 경쟁 절차를 거칠 시간이 없음")));
        var kept = await OrderAsync(withReason);
        Assert.Equal((50_000_000L, "재난 대비 긴급 구매로 경쟁 절차를 거칠 시간이 없음"), (kept.SingleQuoteCapWon, kept.CapExceededReason));
        Assert.Null((await OrderAsync(atCap)).CapExceededReason);
        Assert.Equal(0, await app.StockOfAsync(product) - 10); // the shop's stock is the consumer shop's

        // Through the page: the warning and the reason field come back with a 400, and the reason shows on the order.
        using var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        var page = await Html.PostFormAsync(buyer, $"/procurement/products/{product}/order", new Dictionary<string, string>
        {
            ["Form.Quantity"] = "60", ["Form.DeliveryPlace"] = "세종청사", ["Form.DeliveryDate"] = today.AddDays(10).ToString("yyyy-MM-dd"),
        }, antiforgeryFrom: $"/procurement/products/{product}/order?quantity=60");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("1인 견적 수의계약 한도(50,000,000원)를 넘습니다", html);
        Assert.Contains("name=\"Form.CapReason\"", html);
        var detail = WebUtility.HtmlDecode(await buyer.GetStringAsync($"/procurement/orders/{withReason}"));
        Assert.Contains("재난 대비 긴급 구매로", detail);
    }

    [Fact]
    public async Task A_certification_that_lapses_before_delivery_is_flagged_and_a_lapsed_one_does_not_count()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var enterpriseId = await app.EnterpriseOfAsync("seller2@demo.kr");
        var product = await app.ProductWithStockAsync(10, 11_000, enterpriseId);
        await SetCertificationAsync(enterpriseId, today.AddDays(5));

        var flagged = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(10, today.AddDays(10))));
        var fine = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(10, today.AddDays(3))));
        Assert.Equal((true, today.AddDays(5)), ((await OrderAsync(flagged)).CertificationExpiresBeforeDelivery, (await OrderAsync(flagged)).CertificationExpiresOn));
        Assert.False((await OrderAsync(fine)).CertificationExpiresBeforeDelivery);

        // Delivered and inspected once the certification has lapsed: invoiced, but not counted.
        await DeliverAsync(institution, enterpriseId, flagged);
        await SetCertificationAsync(enterpriseId, today.AddDays(-1));
        await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, flagged, await AllDeliveredAsync(flagged), null));
        var order = await OrderAsync(flagged);
        Assert.Equal((PurchaseOrderStatus.Inspected, false), (order.Status, order.CountsTowardResults));
        var report = await app.SendAsync(new PurchaseResults.Query(institution.Id, today.Year));
        Assert.Equal((0L, 110_000L), (report.CountedWon, report.NotCountedWon));
        await SetCertificationAsync(enterpriseId, today.AddYears(2));
    }

    [Fact]
    public async Task Direct_purchase_takes_the_quantity_price_and_refuses_less_than_the_minimum_order()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var product = await app.ProductWithStockAsync(10, 11_000);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var p = await db.Products.Include(x => x.PriceTiers).SingleAsync(x => x.Id == product);
            p.Edit(p.Name, p.NameEn, p.Description, p.DescriptionEn, p.Price, [new PriceTier(100, 9_900)]);
            p.ApproveChange(p.Revision);
            p.SetMinOrderQuantity(20);
            return await db.SaveChangesAsync();
        });

        var below = await Assert.ThrowsAsync<DomainException>(() =>
            app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(19, today.AddDays(5)))));
        Assert.Equal(ErrorCodes.BelowMinimumOrder, below.Code);
        var listed = await OrderAsync(await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(20, today.AddDays(5)))));
        var tiered = await OrderAsync(await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(100, today.AddDays(5)))));
        Assert.Equal((10_000L, 1_000L, 220_000L), (listed.Lines[0].UnitSupplyWon, listed.Lines[0].UnitVatWon, listed.Total.Amount));
        Assert.Equal((9_000L, 900L, 990_000L), (tiered.Lines[0].UnitSupplyWon, tiered.Lines[0].UnitVatWon, tiered.Total.Amount));

        var invalid = await Assert.ThrowsAnyAsync<Exception>(() =>
            app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(20, today.AddDays(-1)))));
        Assert.Contains("DeliveryDate", string.Join(",", ((Marketplace.Web.Infrastructure.Behaviors.InputValidationException)invalid).Errors.Select(e => e.Field)));
    }

    [Fact]
    public async Task The_results_download_as_csv_and_as_a_workbook_with_the_same_figures()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var enterpriseId = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(10, 33_000, enterpriseId);
        var orderId = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product, Form(3, today.AddDays(3))));
        await DeliverAsync(institution, enterpriseId, orderId);
        await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, orderId, await AllDeliveredAsync(orderId), null));
        await app.SendAsync(new PurchaseResults.SetTotal(institution.Id, today.Year, 9_900_000));

        using var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        var csv = await buyer.GetStringAsync($"/procurement/reports/{today.Year}.csv");
        Assert.Contains($"{today.Month}월,99000", csv);
        Assert.Contains("구매 비율,1.00\r\n", csv); // 99,000 / 9,900,000, in percent

        var xlsx = await buyer.GetByteArrayAsync($"/procurement/reports/{today.Year}.xlsx");
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = workbook.WorkbookPart!;
        var sheet = Assert.Single(part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>());
        Assert.Equal($"{today.Year}년 구매실적", sheet.Name!.Value);
        var cells = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        string Text(DocumentFormat.OpenXml.Spreadsheet.Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        Assert.Contains(cells, c => Text(c).Contains("사회적경제기업 제품 구매액"));
        // The month's amount is a number (sums work), shown with thousands separators (style 1: #,##0).
        var monthAmount = cells.Single(c => c.CellReference == $"B{cells.Single(m => Text(m) == $"{today.Month}월").CellReference!.Value![1..]}");
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, monthAmount.DataType!.Value);
        Assert.Equal("99000", monthAmount.CellValue!.Text);
        var format = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)monthAmount.StyleIndex!.Value);
        Assert.Equal(3u, format.NumberFormatId!.Value);
        // The title is bold.
        var title = cells.Single(c => c.CellReference == "A1");
        var titleFormat = part.WorkbookStylesPart.Stylesheet.CellFormats.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)title.StyleIndex!.Value);
        Assert.NotNull(part.WorkbookStylesPart.Stylesheet.Fonts!.Elements<DocumentFormat.OpenXml.Spreadsheet.Font>().ElementAt((int)titleFormat.FontId!.Value).Bold);
        Assert.Equal(HttpStatusCode.BadRequest, (await buyer.GetAsync("/procurement/reports?year=1999")).StatusCode);
    }

    private async Task DeliverAsync(TestInstitution institution, int enterpriseId, int orderId)
    {
        Assert.True(await app.SendAsync(new PurchaseOrders.Approve(institution.Id, institution.ApproverId, orderId)));
        Assert.True(await app.SendAsync(new SellerProcurement.Respond(enterpriseId, orderId, SellerProcurement.Decision.Confirm, null)));
        var order = await OrderAsync(orderId);
        Assert.True(await app.SendAsync(new SellerProcurement.Ship(enterpriseId, orderId, order.Lines.ToDictionary(l => l.Id, l => l.Quantity), "우체국택배", "7777-1111")));
    }

    private Task SetCertificationAsync(int enterpriseId, DateOnly expires) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        var e = await db.Enterprises.SingleAsync(x => x.Id == enterpriseId);
        e.Certify(e.CertificationNumber ?? "2020-001", expires);
        return await db.SaveChangesAsync();
    });

    private Task<int> PurchaseOrderCountAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders.CountAsync());

    /// <summary>The inspection form as it comes filled in: every line accepted as delivered.</summary>
    private async Task<Dictionary<int, int>> AllDeliveredAsync(int id) => (await OrderAsync(id)).Lines.ToDictionary(l => l.Id, l => l.ShippedQuantity);

    private Task<PurchaseOrder> OrderAsync(int id) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders
        .AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));
}
