using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller;

/// <summary>The seller center's orders: by state, Korean dates, number or recipient, and as .xlsx, never another enterprise's.</summary>
public class SellerOrderSearchTests
{
    [Fact]
    public async Task Orders_are_found_by_state_korean_day_number_and_recipient_and_export_a_row_per_line()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var other = await app.EnterpriseOfAsync("seller2@demo.kr");
        var product = await app.ProductWithStockAsync(40, 10_000, enterprise);
        var elsewhere = await app.ProductWithStockAsync(40, 10_000, other);
        var at = (DateTimeOffset at) => app.Clock.Advance(at - app.Clock.GetUtcNow());
        try
        {
            at(new DateTimeOffset(2026, 11, 30, 14, 50, 0, TimeSpan.Zero)); // 23:50 KST, 30 November
            var november = await PaidOfAsync(app, product);
            at(new DateTimeOffset(2026, 11, 30, 15, 10, 0, TimeSpan.Zero)); // 00:10 KST, 1 December
            var december = await PaidOfAsync(app, product);
            await app.AdvanceOrderAsync(december, SellerOrders.Step.Ship);
            await PaidOfAsync(app, elsewhere);

            var decemberOnly = await app.SendAsync(new SellerOrders.ListQuery { EnterpriseId = enterprise, From = new(2026, 12, 1), To = new(2026, 12, 1) });
            Assert.Equal([december], decemberOnly.Rows.Select(r => r.Id));
            // 23:50 in Korea on 30 November is November's, though it is the same UTC day as December's first order.
            var novemberLast = await app.SendAsync(new SellerOrders.ListQuery { EnterpriseId = enterprise, From = new(2026, 11, 30), To = new(2026, 11, 30) });
            Assert.Equal([november], novemberLast.Rows.Select(r => r.Id));
            var shipped = await app.SendAsync(new SellerOrders.ListQuery { EnterpriseId = enterprise, Status = OrderStatus.Shipped });
            Assert.Contains(shipped.Rows, r => r.Id == december);
            Assert.All(shipped.Rows, r => Assert.Equal(OrderStatus.Shipped, r.Status));

            var number = decemberOnly.Rows[0].Number;
            Assert.Equal([december], (await app.SendAsync(new SellerOrders.ListQuery { EnterpriseId = enterprise, Q = number })).Rows.Select(r => r.Id));
            Assert.Contains((await app.SendAsync(new SellerOrders.ListQuery { EnterpriseId = enterprise, Q = "김하나" })).Rows, r => r.Id == december);
            Assert.Empty((await app.SendAsync(new SellerOrders.ListQuery { EnterpriseId = other, Q = number })).Rows);

            // Over HTTP, an enterprise id in the address changes nothing; the workbook holds the lines with the address.
            using var seller = await app.SignedInAsync("seller@demo.kr");
            var page = await seller.GetStringAsync($"/seller/orders?from=2026-12-01&to=2026-12-01&EnterpriseId={other}");
            Assert.Contains(number, page);
            Assert.Contains("주문 1건", page);
            var file = await seller.GetAsync("/seller/orders.xlsx?from=2026-12-01&to=2026-12-01");
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false);
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(2, rows.Count);
            Assert.Equal("주문번호", rows[0][0]);
            Assert.Equal(number, rows[1][0]);
            Assert.Contains("김하나", rows[1]);
            Assert.Contains("서울특별시 중구 세종대로 110 3층", rows[1]);
            Assert.Contains("CJ대한통운", rows[1]);
        }
        finally
        {
            at(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Tracking_numbers_filled_into_the_exported_workbook_ship_those_orders_and_one_wrong_row_ships_nothing()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(40, 10_000, enterprise);
        var (first, second) = (await PaidOfAsync(app, product), await PaidOfAsync(app, product));
        var exported = await app.SendAsync(new SellerOrders.ExportQuery(new SellerOrders.ListQuery { EnterpriseId = enterprise, Status = OrderStatus.Paid }));
        List<List<object?>> Rows(string? tracking)
        {
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(exported.Bytes), false);
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => (object?)c.InnerText).ToList()).ToList();
            foreach (var row in rows.Skip(1)) { row[12] = "CJ대한통운"; row[13] = tracking ?? $"6012-0000-{row[0]!.ToString()![^4..]}"; }
            return rows;
        }
        byte[] Workbook(List<List<object?>> rows) => Web.Infrastructure.Files.XlsxFile.Write("주문", rows.Select(r => (IReadOnlyList<object?>)r).ToList(), new HashSet<int> { 0 });

        // One row naming an order of no one's: nothing ships.
        var wrong = Rows(null);
        wrong.Add([.. wrong[1]]);
        wrong[^1][0] = "20261203-999999";
        var refused = await app.SendAsync(new SellerOrders.ImportTracking(enterprise, Workbook(wrong)));
        Assert.Equal((0, wrong.Count), (refused.Shipped, refused.Errors.Single().Row));
        Assert.Contains("20261203-999999", refused.Errors.Single().Message);
        Assert.Equal(OrderStatus.Paid, await StatusAsync(app, first));

        var result = await app.SendAsync(new SellerOrders.ImportTracking(enterprise, Workbook(Rows(null))));
        Assert.Empty(result.Errors);
        Assert.True(result.Shipped >= 2);
        var shipped = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.AsNoTracking().SingleAsync(o => o.Id == second));
        Assert.Equal((OrderStatus.Shipped, "CJ대한통운"), (shipped.Status, shipped.Carrier));
        Assert.StartsWith("6012-0000-", shipped.TrackingNumber);
        var email = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Id == shipped.MemberId).Select(u => u.Email!).SingleAsync());
        Assert.Contains("6012-0000-", app.MailContaining(email, $"주문 {Order.NumberOf(second, shipped.CreatedAtUtc)} 발송 안내"));

        // The same file again changes nothing; a file that is not a workbook is refused.
        Assert.Equal((0, 0), ((await app.SendAsync(new SellerOrders.ImportTracking(enterprise, Workbook(Rows(null))))).Shipped, 0));
        Assert.Contains(".xlsx", (await app.SendAsync(new SellerOrders.ImportTracking(enterprise, "sku,name\n1,2"u8.ToArray()))).Errors.Single().Message);
    }

    [Fact]
    public async Task An_enterprise_that_cannot_supply_cancels_with_a_reason_the_shopper_is_refunded_and_told()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(5, 10_000, enterprise);
        var order = await PaidOfAsync(app, product);
        Assert.Equal(3, await app.StockOfAsync(product));
        var other = await app.EnterpriseOfAsync("seller2@demo.kr");

        Assert.False(await app.SendAsync(new SellerOrders.CancelBySeller(other, order, "남의 주문")));
        await Assert.ThrowsAsync<Web.Infrastructure.Behaviors.InputValidationException>(() => app.SendAsync(new SellerOrders.CancelBySeller(enterprise, order, " ")));
        Assert.True(await app.SendAsync(new SellerOrders.CancelBySeller(enterprise, order, "원재료 수급이 어려워 이번 달 생산을 멈췄습니다.")));

        var (cancelled, payment, email) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var o = await db.Orders.AsNoTracking().SingleAsync(x => x.Id == order);
            return (o, await db.Payments.AsNoTracking().SingleAsync(p => p.Id == o.PaymentId), await db.Users.Where(u => u.Id == o.MemberId).Select(u => u.Email!).SingleAsync());
        });
        Assert.Equal((OrderStatus.Refunded, 20_000L), (cancelled.Status, payment.RefundedWon));
        Assert.Equal(5, await app.StockOfAsync(product));
        Assert.Contains("원재료 수급이 어려워", app.MailContaining(email, "판매 기업 사정으로 취소"));
        var page = await app.SendAsync(new MyOrders.DetailQuery(cancelled.MemberId, order));
        Assert.Equal("원재료 수급이 어려워 이번 달 생산을 멈췄습니다.", page!.Order.EnterpriseCancellationNote);
        var again = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => app.SendAsync(new SellerOrders.CancelBySeller(enterprise, order, "다시")));
        Assert.Equal(Domain.Common.ErrorCodes.OrderNotCancellable, again.Code);
    }

    private static Task<OrderStatus> StatusAsync(AppFactory app, int order) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == order).Select(o => o.Status).SingleAsync());

    private static async Task<int> PaidOfAsync(AppFactory app, int product) => await app.PaidOrderOfAsync(await app.NewMemberAsync(), product, 2);
}
