using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Features.Procurement.Quotes;
using Marketplace.Web.Features.Procurement.Reports;
using Marketplace.Web.Features.Seller.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement;

/// <summary>The whole procurement flow through the handlers, each step checked on what the next
/// person sees, and the year's results checked against figures worked out by hand.</summary>
public class ProcurementFlowTests
{
    [Fact]
    public async Task Quote_request_to_three_enterprises_ends_in_a_paid_invoice_and_the_years_results_on_sqlite()
    {
        using var app = new AppFactory();
        await new Flow(app).RunAsync();
    }

    [Fact]
    public async Task Quote_request_to_three_enterprises_ends_in_a_paid_invoice_and_the_years_results_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var app = new PostgresAppFactory(database);
        await new Flow(app).RunAsync();
    }
}

internal sealed class Flow(AppFactory app)
{
    public async Task RunAsync()
    {
        var institution = await app.NewInstitutionAsync();
        var today = KoreaTime.Today(app.Clock);
        var (e1, e2) = (await app.EnterpriseOfAsync("seller@demo.kr"), await app.EnterpriseOfAsync("seller2@demo.kr"));
        var e3 = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
            .Where(e => e.Id != e1 && e.Id != e2 && e.Status == ApprovalStatus.Approved && e.CertificationExpiresOn > today.AddYears(1))
            .Select(e => e.Id).FirstAsync());
        var e2Type = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.Where(e => e.Id == e2).Select(e => e.Type).SingleAsync());
        var ordersBefore = await CountAsync(db => db.Orders.CountAsync());
        var paymentsBefore = await CountAsync(db => db.Payments.CountAsync());
        var rollupBefore = await ProcurementSalesAsync(e2, today);

        // A request to three enterprises.
        var requestId = await app.SendAsync(new QuoteRequests.Create(institution.Id, institution.BuyerId, new QuoteRequests.Form
        {
            Title = "2027년 복사용지·토너 구매", Kind = ProductKind.Goods, DeliveryPlace = "세종청사 2동 물품창고",
            DeliveryDate = today.AddDays(14), Deadline = today.AddDays(7),
            Items = [new() { Name = "A4 복사용지", Specification = "80g 2,500매", Quantity = 100 }, new() { Name = "레이저 토너", Specification = "검정", Quantity = 10 }],
            EnterpriseIds = [e1, e2, e3],
        }));
        var inbox = await app.SendAsync(new SellerProcurement.InboxQuery(e3));
        Assert.Contains(inbox, r => r.Id == requestId && r.MyAnswer is null);
        Assert.Contains("2027년 복사용지·토너 구매", app.MailContaining("seller@demo.kr", "견적 요청"));

        // Two answer; the third does not.
        var request = (await app.SendAsync(new SellerProcurement.RequestQuery(e1, requestId)))!.Request;
        var (paper, toner) = (request.Items[0].Id, request.Items[1].Id);
        await AnswerAsync(e1, requestId, new() { [paper] = 20_000, [toner] = 80_000 }, today.AddDays(12));
        await AnswerAsync(e2, requestId, new() { [paper] = 19_000, [toner] = 85_000 }, today.AddDays(13));
        Assert.Contains("2027년 복사용지·토너 구매", app.MailContaining(institution.BuyerEmail, "견적 도착"));

        // Side by side: 100 × 20,000 + 10 × 80,000 = 2,800,000 + VAT 280,000; 100 × 19,000 + 10 × 85,000 = 2,750,000 + VAT 275,000.
        var comparison = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, requestId)))!;
        Assert.Equal(3, comparison.Recipients.Count);
        Assert.Equal([(e2, 2_750_000L, 275_000L, 3_025_000L), (e1, 2_800_000L, 280_000L, 3_080_000L)],
            comparison.Answers.Select(a => (a.Quote.EnterpriseId, a.SupplyWon, a.VatWon, a.TotalWon)).ToArray());
        var (cheaper, shown) = (comparison.Answers[0].Quote.Id, comparison.Answers[0].Quote.Version);
        Assert.Equal(cheaper, comparison.LowestQuoteId);

        // Accepting makes the simple contract, waiting for approval and invisible to the enterprise.
        var orderId = (await app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, requestId, cheaper, shown, null)))!.Value;
        var order = await OrderAsync(orderId);
        Assert.Equal((PurchaseOrderStatus.PendingApproval, PurchaseMethod.SimpleContract, 2_750_000L, 275_000L), (order.Status, order.Method, order.Supply.Amount, order.Vat.Amount));
        Assert.DoesNotContain(await app.SendAsync(new PurchaseOrders.ListQuery(new OrderScope(EnterpriseId: e2))), r => r.Id == orderId);
        var again = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, requestId, cheaper, shown, null)));
        Assert.Equal(ErrorCodes.QuoteRequestDecided, again.Code);
        Assert.Contains("3,025,000원", app.MailContaining(institution.ApproverEmail, "승인 요청"));
        var statuses = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Quotes.Where(q => q.QuoteRequestId == requestId)
            .ToDictionaryAsync(q => q.EnterpriseId, q => q.Status));
        Assert.Equal((QuoteStatus.Accepted, QuoteStatus.NotChosen), (statuses[e2], statuses[e1]));

        // Internal approval: not by whoever wrote it.
        var own = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new PurchaseOrders.Approve(institution.Id, institution.BuyerId, orderId)));
        Assert.Equal(ErrorCodes.OwnOrderApproval, own.Code);
        Assert.True(await app.SendAsync(new PurchaseOrders.Approve(institution.Id, institution.ApproverId, orderId)));
        Assert.Contains(await app.SendAsync(new PurchaseOrders.ListQuery(new OrderScope(EnterpriseId: e2))), r => r.Id == orderId);
        Assert.DoesNotContain(await app.SendAsync(new PurchaseOrders.ListQuery(new OrderScope(EnterpriseId: e1))), r => r.Id == orderId);
        var number = (await OrderAsync(orderId)).Number;
        Assert.Contains(number, app.MailContaining(institution.BuyerEmail, "승인 완료"));
        Assert.Contains("3,025,000원", app.MailContaining("seller2@demo.kr", $"새 발주 {number}"));

        // The enterprise confirms and delivers in two shipments.
        Assert.True(await app.SendAsync(new SellerProcurement.Respond(e2, orderId, SellerProcurement.Decision.Confirm, null)));
        var lines = (await OrderAsync(orderId)).Lines.ToDictionary(l => l.Quantity, l => l.Id);
        var (paperLine, tonerLine) = (lines[100], lines[10]);
        Assert.True(await app.SendAsync(new SellerProcurement.Ship(e2, orderId, new Dictionary<int, int> { [paperLine] = 60, [tonerLine] = 10 }, "CJ대한통운", "1234-5678")));
        Assert.Equal(PurchaseOrderStatus.PartlyShipped, (await OrderAsync(orderId)).Status);
        var tooMany = await Assert.ThrowsAsync<DomainException>(() =>
            app.SendAsync(new SellerProcurement.Ship(e2, orderId, new Dictionary<int, int> { [paperLine] = 41 }, "CJ대한통운", "1234-9999")));
        Assert.Equal(ErrorCodes.ShipmentAboveOrdered, tooMany.Code);
        Assert.True(await app.SendAsync(new SellerProcurement.Ship(e2, orderId, new Dictionary<int, int> { [paperLine] = 40 }, "한진택배", "8888-0001")));
        order = await OrderAsync(orderId);
        Assert.Equal((PurchaseOrderStatus.Delivered, 2), (order.Status, order.Shipments.Count));
        Assert.Contains("https://www.hanjin.com/", app.MailContaining(institution.BuyerEmail, "8888-0001"));

        // Inspection accepts 95 of 100 boxes (a reason is required) and all toner.
        var noReason = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(
            new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, orderId, new Dictionary<int, int> { [paperLine] = 95 }, null)));
        Assert.Equal(ErrorCodes.InspectionReasonRequired, noReason.Code);
        Assert.True(await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, orderId,
            new Dictionary<int, int> { [paperLine] = 95, [tonerLine] = 10 }, "5박스 포장 파손")));
        Assert.Contains("2,920,500원", app.MailContaining(institution.BuyerEmail, "세금계산서 발행"));
        Assert.Contains("2,920,500원", app.MailContaining("seller2@demo.kr", $"발주 {number} 검수 완료"));

        // Invoice: 95 × 19,000 + 10 × 85,000 = 2,655,000; VAT 95 × 1,900 + 10 × 8,500 = 265,500; total 2,920,500.
        var detail = (await app.SendAsync(new PurchaseOrders.DetailQuery(new OrderScope(InstitutionId: institution.Id), orderId)))!;
        var invoice = detail.Invoice!;
        Assert.Equal((2_655_000L, 265_500L, 2_920_500L), (invoice.SupplyWon, invoice.VatWon, invoice.TotalWon));
        var supplierNumber = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.Where(e => e.Id == e2).Select(e => e.RegistrationNumber).SingleAsync());
        Assert.Equal((supplierNumber, institution.RegistrationNumber), (invoice.SupplierRegistrationNumber, invoice.BuyerRegistrationNumber));
        Assert.Equal((today, today.AddDays(30)), (invoice.IssuedOn, invoice.DueOn));
        Assert.True(detail.Order.CountsTowardResults);

        // Two bank transfers: one by the enterprise, the rest by the operator after the due date.
        Assert.Equal(orderId, await app.SendAsync(new InvoicePayments.Record(e2, "staff", invoice.Id, today, 1_000_000, "세종청사 1차")));
        Assert.Null(await app.SendAsync(new InvoicePayments.Record(e1, "staff", invoice.Id, today, 1, "남의 계산서")));
        var over = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new InvoicePayments.Record(null, "operator", invoice.Id, today, 1_920_501, "초과")));
        Assert.Equal(ErrorCodes.PaymentAboveOutstanding, over.Code);
        app.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains(await app.SendAsync(new InvoicePayments.ListQuery(OverdueOnly: true)), r => r.Id == invoice.Id && r.PaidWon == 1_000_000);
        Assert.Equal(orderId, await app.SendAsync(new InvoicePayments.Record(null, "operator", invoice.Id, today.AddDays(31), 1_920_500, "세종청사 잔금")));
        var paid = (await app.SendAsync(new PurchaseOrders.DetailQuery(new OrderScope(InstitutionId: institution.Id), orderId)))!;
        Assert.Equal((true, false, 2), (paid.Invoice!.IsPaid, paid.InvoiceOverdue, paid.Invoice.Payments.Count));
        Assert.Contains("2,920,500원", app.MailContaining("seller2@demo.kr", "대금 지급 완료"));

        // The year's results: all of it is goods from one enterprise type, in the month of inspection.
        await app.SendAsync(new PurchaseResults.SetTotal(institution.Id, today.Year, 100_000_000));
        var report = await app.SendAsync(new PurchaseResults.Query(institution.Id, today.Year));
        Assert.Equal((2_920_500L, 2_920_500L, 0L, 0L), (report.CountedWon, report.GoodsWon, report.ServicesWon, report.NotCountedWon));
        Assert.Equal(2_920_500L, report.Types.Single(t => t.Type == e2Type).GoodsWon);
        Assert.Equal(2_920_500L, report.Months[today.Month - 1]);
        Assert.Equal(2_920_500L, report.Months.Sum());
        Assert.Equal(2.92m, report.SharePercent); // 2,920,500 / 100,000,000 = 2.9205%
        var operatorView = await app.SendAsync(new PurchaseResults.ByInstitutionQuery(today.Year));
        Assert.Equal((1, 2_920_500L, 2_920_500L), operatorView.Where(r => r.InstitutionId == institution.Id).Select(r => (r.Orders, r.AcceptedWon, r.CountedWon)).Single());

        // Procurement never touched consumer orders or payments; the enterprise's procurement sales grew by the accepted total.
        Assert.Equal(ordersBefore, await CountAsync(db => db.Orders.CountAsync()));
        Assert.Equal(paymentsBefore, await CountAsync(db => db.Payments.CountAsync()));
        Assert.Equal(rollupBefore + 2_920_500, await ProcurementSalesAsync(e2, today));
    }

    private Task AnswerAsync(int enterpriseId, int requestId, Dictionary<int, long> prices, DateOnly delivery) =>
        app.SendAsync(new SellerProcurement.SubmitQuote(enterpriseId, "staff", requestId, new SellerProcurement.QuoteForm
        {
            Prices = prices, DeliveryDate = delivery, ValidUntil = delivery.AddDays(30), Note = "부가세 별도",
        }));

    private Task<PurchaseOrder> OrderAsync(int id) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders
        .AsNoTracking().Include(o => o.Lines).Include(o => o.Shipments).SingleAsync(o => o.Id == id));

    private Task<int> CountAsync(Func<MarketplaceDbContext, Task<int>> count) =>
        app.WithScopeAsync(sp => count(sp.GetRequiredService<MarketplaceDbContext>()));

    private Task<long> ProcurementSalesAsync(int enterpriseId, DateOnly day) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().SalesRollups
            .Where(r => r.EnterpriseId == enterpriseId && r.Day == day && r.Channel == Domain.Reporting.SalesRollup.ProcurementChannel)
            .SumAsync(r => r.GrossWon));
}
