using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Procurement.Documents;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Features.Procurement.Quotes;
using Marketplace.Web.Features.Seller.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Documents;

/// <summary>The papers each procurement step leaves (견적서, 계약서, 거래명세서, 검사검수조서, 세금계산서
/// data) and the card payment of an invoice after delivery, from a quote request to a closed invoice.</summary>
public class ProcurementDocumentsTests
{
    [Fact]
    public async Task Every_step_leaves_its_document_unchanged_by_later_steps_and_a_card_pays_the_rest_on_sqlite()
    {
        using var app = new AppFactory();
        await new DocumentFlow(app).RunAsync();
    }

    [Fact]
    public async Task Every_step_leaves_its_document_unchanged_by_later_steps_and_a_card_pays_the_rest_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var app = new PostgresAppFactory(database);
        await new DocumentFlow(app).RunAsync();
    }

    [Fact]
    public async Task A_card_payment_above_what_a_transfer_left_owing_is_counted_to_the_balance_and_the_rest_refunded_once()
    {
        using var app = new AppFactory();
        var flow = new DocumentFlow(app);
        var (institution, orderId, invoiceId) = await flow.InspectedOrderAsync();
        var total = (await flow.InvoiceAsync(invoiceId)).TotalWon;

        // The card page opens for the whole amount; a transfer of 100,000원 is recorded before the buyer pays.
        var page = await app.SendAsync(new PayByCard.Command(institution.Id, institution.BuyerId, institution.BuyerEmail, invoiceId, total));
        var paymentId = Guid.Parse(page!.Split('/').Last());
        var again = await app.SendAsync(new PayByCard.Command(institution.Id, institution.BuyerId, institution.BuyerEmail, invoiceId, total));
        Assert.Equal(page, again); // the second click goes to the open page, no second payment
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Invoices.Where(i => i.Id == invoiceId).Select(i => i.EnterpriseId).SingleAsync());
        await app.SendAsync(new InvoicePayments.Record(enterprise, "staff", invoiceId, KoreaTime.Today(app.Clock), 100_000, "기관 선입금"));

        Assert.Equal(SimulatedPayment.ReturnPathOf(paymentId, invoiceId), await app.SendAsync(new SimulatedPayment.Decide(institution.BuyerId, paymentId, Approve: true)));
        await app.SendAsync(new SimulatedPayment.Decide(institution.BuyerId, paymentId, Approve: true)); // a replay

        var invoice = await flow.InvoiceAsync(invoiceId);
        Assert.Equal((total, 0L, true), (invoice.PaidWon, invoice.OutstandingWon, invoice.IsPaid));
        Assert.Equal([(InvoicePaymentMethod.BankTransfer, 100_000L), (InvoicePaymentMethod.Card, total - 100_000)],
            invoice.Payments.OrderBy(p => p.Id).Select(p => (p.Method, p.AmountWon)).ToArray());
        var payment = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
        Assert.Equal((PaymentStatus.Paid, total, 100_000L), (payment.Status, payment.AmountWon, payment.RefundedWon));

        // Closed: nothing more to pay by card.
        var closed = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new PayByCard.Command(institution.Id, institution.BuyerId, institution.BuyerEmail, invoiceId, 0)));
        Assert.Equal(ErrorCodes.NothingOwed, closed.Code);
        Assert.Equal(orderId, invoice.PurchaseOrderId);
    }

    [Fact]
    public async Task Without_its_font_a_document_has_no_pdf_but_a_message_naming_the_missing_file_and_still_its_printable_page()
    {
        using var app = new NoFontApp();
        var flow = new DocumentFlow(app);
        var (institution, orderId, _) = await flow.InspectedOrderAsync();
        var scope = new OrderScope(InstitutionId: institution.Id);
        var report = (await app.DocumentsAsync(scope, orderId)).Single(d => d.Kind == DocumentKind.InspectionReport);

        var file = await app.SendAsync(new DownloadDocument.Query(scope, report.Id));
        Assert.Equal((null, NoFontApp.MissingFont), (file!.Pdf, file.MissingFont));
        Assert.Equal("검사검수조서", (await app.SendAsync(new ShowDocument.Query(scope, report.Id)))!.Content.Title);

        using var client = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        var response = await client.GetAsync($"/procurement/documents/{report.Id}/pdf");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(NoFontApp.MissingFont, page);
        Assert.Contains("fonts-nanum", page);
    }

    private sealed class NoFontApp : AppFactory
    {
        public const string MissingFont = "/nowhere/NanumGothic.ttf";

        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Documents:FontPath"] = MissingFont };
    }
}

internal static class DocumentLists
{
    /// <summary>The documents of a purchase order (or a quote request's 견적서), as the scope may read them.</summary>
    public static Task<IReadOnlyList<DocumentScope.Link>> DocumentsAsync(this AppFactory app, OrderScope scope, int? purchaseOrderId, int? quoteRequestId = null) =>
        app.WithScopeAsync(sp => DocumentScope.ListAsync(sp.GetRequiredService<MarketplaceDbContext>(), scope, purchaseOrderId, quoteRequestId, CancellationToken.None));
}

internal sealed class DocumentFlow(AppFactory app)
{
    public async Task RunAsync()
    {
        var today = KoreaTime.Today(app.Clock);
        var institution = await app.NewInstitutionAsync();
        var other = await app.NewInstitutionAsync();
        var (e1, e2) = (await app.EnterpriseOfAsync("seller@demo.kr"), await app.EnterpriseOfAsync("seller2@demo.kr"));
        var requestId = await RequestAsync(institution, [e1, e2]);
        var request = (await app.SendAsync(new SellerProcurement.RequestQuery(e1, requestId)))!.Request;
        var (chairs, desks) = (request.Items[0].Id, request.Items[1].Id);

        // Two answers; the first enterprise revises its own: a 견적서 per revision.
        await AnswerAsync(e1, requestId, new() { [chairs] = 150_000, [desks] = 300_000 }, today.AddDays(10));
        await AnswerAsync(e2, requestId, new() { [chairs] = 140_000, [desks] = 310_000 }, today.AddDays(12));
        await AnswerAsync(e1, requestId, new() { [chairs] = 135_000, [desks] = 300_000 }, today.AddDays(10));
        var buyerScope = new OrderScope(InstitutionId: institution.Id);
        var quotes = await app.DocumentsAsync(buyerScope, null, requestId);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(DocumentKind.Quote, q.Kind));
        var revised = await ShowAsync(buyerScope, quotes[2].Id);
        // 20 × 135,000 + 5 × 300,000 = 4,200,000; VAT 420,000.
        Assert.Equal(("견적서", "4,200,000원", "420,000원", "4,620,000원"), (revised.Content.Title, revised.Content.Totals[0].Value, revised.Content.Totals[1].Value, revised.Content.Totals[2].Value));
        Assert.EndsWith("-2", revised.Content.Number);
        Assert.Equal([quotes[1].Id], (await app.DocumentsAsync(new OrderScope(EnterpriseId: e2), null, requestId)).Select(d => d.Id)); // its own answer only
        Assert.Null(await app.SendAsync(new ShowDocument.Query(new OrderScope(EnterpriseId: e2), quotes[0].Id))); // the competitor's answer

        // Accept e1's revision, approve: the 발주서 겸 계약서 with its terms.
        var comparison = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, requestId)))!;
        var chosen = comparison.Answers.Single(a => a.Quote.EnterpriseId == e1).Quote;
        var orderId = (await app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, requestId, chosen.Id, chosen.Version, null)))!.Value;
        Assert.Empty(await app.DocumentsAsync(buyerScope, orderId)); // not before approval
        Assert.True(await app.SendAsync(new PurchaseOrders.Approve(institution.Id, institution.ApproverId, orderId)));
        var contract = await SingleAsync(buyerScope, orderId, DocumentKind.PurchaseOrder);
        Assert.Equal("발주서 겸 계약서", contract.Content.Title);
        Assert.Equal("4,620,000원", contract.Content.Totals[^1].Value);
        Assert.Contains(contract.Content.Notes, n => n.Contains("검사·검수"));

        // Two deliveries: by parcel, then the desks in person (no tracking number needed).
        Assert.True(await app.SendAsync(new SellerProcurement.Respond(e1, orderId, SellerProcurement.Decision.Confirm, null)));
        var lines = (await OrderAsync(orderId)).Lines.ToDictionary(l => l.Quantity, l => l.Id);
        Assert.True(await app.SendAsync(new SellerProcurement.Ship(e1, orderId, new Dictionary<int, int> { [lines[20]] = 20 }, "CJ대한통운", "6012-0001")));
        var noTracking = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new SellerProcurement.Ship(e1, orderId, new Dictionary<int, int> { [lines[5]] = 5 }, "", "")));
        Assert.NotEmpty(noTracking.Errors);
        Assert.True(await app.SendAsync(new SellerProcurement.Ship(e1, orderId, new Dictionary<int, int> { [lines[5]] = 5 }, "", "", DeliveryMethod.InPerson)));
        var statements = (await app.DocumentsAsync(buyerScope, orderId)).Where(d => d.Kind == DocumentKind.TransactionStatement).ToList();
        Assert.Equal(2, statements.Count);
        var inPerson = await ShowAsync(buyerScope, statements[1].Id);
        Assert.Contains(inPerson.Content.Fields, f => f.Label == "납품방법" && f.Value == "직접 납품");
        Assert.Equal("1,650,000원", inPerson.Content.Totals[^1].Value); // 5 × 300,000 + VAT 150,000

        // Inspection: 19 of 20 chairs; the report says who, what and why; the invoice's 세금계산서 data follows.
        Assert.True(await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, orderId,
            new Dictionary<int, int> { [lines[20]] = 19, [lines[5]] = 5 }, "의자 1개 등받이 파손")));
        var report = await SingleAsync(buyerScope, orderId, DocumentKind.InspectionReport);
        Assert.Contains(report.Content.Fields, f => f.Label == "검사·검수자" && f.Value == "김구매");
        Assert.Contains(report.Content.Fields, f => f.Label == "결과" && f.Value == "일부 합격");
        Assert.Equal(["19", "1"], report.Content.Rows[0].Skip(3).Take(2));
        // 19 × 135,000 + 5 × 300,000 = 4,065,000; VAT 406,500; 4,471,500.
        var tax = await SingleAsync(buyerScope, orderId, DocumentKind.TaxInvoice);
        Assert.Equal(("4,065,000원", "406,500원", "4,471,500원"), (tax.Content.Totals[0].Value, tax.Content.Totals[1].Value, tax.Content.Totals[2].Value));
        Assert.Contains("홈택스", tax.Content.Notes.Single());

        // Before anyone pays: every document as issued.
        var issued = new Dictionary<int, (string Sha, string Json)>();
        foreach (var d in await app.DocumentsAsync(buyerScope, orderId, requestId))
            issued[d.Id] = await StoredAsync(d.Id);

        // The PDF: Korean words and the amounts, the same bytes on every download.
        var pdf = (await app.SendAsync(new DownloadDocument.Query(buyerScope, report.Id)))!.Pdf!;
        var text = Pdf.Text(pdf);
        foreach (var expected in new[] { "검사검수조서", "의자 1개 등받이 파손", "4,471,500원", "김구매", report.Sha256[..16] })
            Assert.Contains(expected, text);
        Assert.Equal(pdf, (await app.SendAsync(new DownloadDocument.Query(new OrderScope(EnterpriseId: e1), report.Id)))!.Pdf);
        Assert.Contains("4,471,500원", Pdf.Text((await app.SendAsync(new DownloadDocument.Query(new OrderScope(Operator: true), tax.Id)))!.Pdf!));

        // The enterprise records its 홈택스 approval number; a bank transfer, then the card pays the rest:
        // 4,471,500 − 1,000,000 = 3,471,500 by card.
        var invoiceId = (await app.SendAsync(new PurchaseOrders.DetailQuery(buyerScope, orderId)))!.Invoice!.Id;
        var bad = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new RecordTaxApproval.Command(e1, invoiceId, "2026-1201")));
        Assert.Equal(ErrorCodes.TaxApprovalNumberInvalid, bad.Code);
        Assert.Null(await app.SendAsync(new RecordTaxApproval.Command(e2, invoiceId, "202612014100001234567890")));
        Assert.Equal(orderId, await app.SendAsync(new RecordTaxApproval.Command(e1, invoiceId, "202612014100001234567890")));
        Assert.Equal(orderId, await app.SendAsync(new InvoicePayments.Record(e1, "staff", invoiceId, today, 1_000_000, "기관 1차")));
        Assert.Null(await app.SendAsync(new PayByCard.Command(other.Id, other.BuyerId, other.BuyerEmail, invoiceId, 3_471_500)));
        var stale = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new PayByCard.Command(institution.Id, institution.BuyerId, institution.BuyerEmail, invoiceId, 4_471_500)));
        Assert.Equal(ErrorCodes.ChangedMeanwhile, stale.Code);
        var page = (await app.SendAsync(new PayByCard.Command(institution.Id, institution.BuyerId, institution.BuyerEmail, invoiceId, 3_471_500)))!;
        var paymentId = Guid.Parse(page.Split('/').Last());
        Assert.Null(await app.SendAsync(new PayByCard.Returned(other.Id, paymentId)));
        await app.SendAsync(new SimulatedPayment.Decide(institution.BuyerId, paymentId, Approve: true));
        Assert.Equal(orderId, await app.SendAsync(new PayByCard.Returned(institution.Id, paymentId)));
        var invoice = await InvoiceAsync(invoiceId);
        Assert.Equal((4_471_500L, 0L, true, "20261201-41000012-34567890"), (invoice.PaidWon, invoice.OutstandingWon, invoice.IsPaid, invoice.TaxApprovalNumber));
        Assert.Equal([1_000_000L, 3_471_500L], invoice.Payments.OrderBy(p => p.Id).Select(p => p.AmountWon).ToArray());
        Assert.Contains("3,471,500원", app.MailContaining(institution.BuyerEmail, "카드 결제 완료"));

        // After every later step, each document is as it was issued, and still hashes to its SHA-256.
        foreach (var (id, (sha, json)) in issued)
        {
            var now = await StoredAsync(id);
            Assert.Equal((sha, json), now);
            Assert.Equal(sha, ProcurementDocument.HashOf(json));
            Assert.True((await ShowAsync(buyerScope, id)).Intact);
        }

        // Nobody else reads them: another institution, the enterprise that lost, and the page routes.
        foreach (var id in issued.Keys.Where(id => id != quotes[1].Id))
        {
            Assert.Null(await app.SendAsync(new ShowDocument.Query(new OrderScope(InstitutionId: other.Id), id)));
            Assert.Null(await app.SendAsync(new ShowDocument.Query(new OrderScope(EnterpriseId: e2), id)));
            Assert.Null(await app.SendAsync(new DownloadDocument.Query(new OrderScope(EnterpriseId: e2), id)));
        }
        using var stranger = await app.SignedInAsync(other.BuyerEmail, "Test-12345!");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync($"/procurement/documents/{report.Id}/pdf")).StatusCode);
        using var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        var download = await buyer.GetAsync($"/procurement/documents/{report.Id}/pdf");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains(report.Sha256, await buyer.GetStringAsync($"/procurement/documents/{report.Id}"));
    }

    /// <summary>A quote request answered by one enterprise, accepted, approved, delivered and inspected in full.</summary>
    public async Task<(TestInstitution Institution, int OrderId, int InvoiceId)> InspectedOrderAsync()
    {
        var today = KoreaTime.Today(app.Clock);
        var institution = await app.NewInstitutionAsync();
        var e1 = await app.EnterpriseOfAsync("seller@demo.kr");
        var requestId = await RequestAsync(institution, [e1]);
        var request = (await app.SendAsync(new SellerProcurement.RequestQuery(e1, requestId)))!.Request;
        await AnswerAsync(e1, requestId, new() { [request.Items[0].Id] = 100_000, [request.Items[1].Id] = 200_000 }, today.AddDays(10));
        var quote = (await app.SendAsync(new QuoteRequests.DetailQuery(institution.Id, requestId)))!.Answers.Single().Quote;
        var orderId = (await app.SendAsync(new QuoteRequests.Accept(institution.Id, institution.BuyerId, requestId, quote.Id, quote.Version, null)))!.Value;
        await app.SendAsync(new PurchaseOrders.Approve(institution.Id, institution.ApproverId, orderId));
        await app.SendAsync(new SellerProcurement.Respond(e1, orderId, SellerProcurement.Decision.Confirm, null));
        var lines = (await OrderAsync(orderId)).Lines.ToDictionary(l => l.Id, l => l.Quantity);
        await app.SendAsync(new SellerProcurement.Ship(e1, orderId, lines, "", "", DeliveryMethod.InPerson));
        await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, orderId, lines, null));
        var invoiceId = (await app.SendAsync(new PurchaseOrders.DetailQuery(new OrderScope(InstitutionId: institution.Id), orderId)))!.Invoice!.Id;
        return (institution, orderId, invoiceId);
    }

    public Task<Invoice> InvoiceAsync(int id) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Invoices
        .AsNoTracking().Include(i => i.Payments).SingleAsync(i => i.Id == id));

    private async Task<int> RequestAsync(TestInstitution institution, int[] enterprises)
    {
        var today = KoreaTime.Today(app.Clock);
        return await app.SendAsync(new QuoteRequests.Create(institution.Id, institution.BuyerId, new QuoteRequests.Form
        {
            Title = "회의실 의자·책상 구매", Kind = ProductKind.Goods, DeliveryPlace = "세종청사 6동 3층 회의실",
            DeliveryDate = today.AddDays(20), Deadline = today.AddDays(7),
            Items = [new() { Name = "회의용 의자", Specification = "등받이 메쉬", Quantity = 20 }, new() { Name = "회의용 책상", Specification = "1800×900", Quantity = 5 }],
            EnterpriseIds = [.. enterprises],
        }));
    }

    private Task AnswerAsync(int enterpriseId, int requestId, Dictionary<int, long> prices, DateOnly delivery) =>
        app.SendAsync(new SellerProcurement.SubmitQuote(enterpriseId, "staff", requestId, new SellerProcurement.QuoteForm
        {
            Prices = prices, DeliveryDate = delivery, ValidUntil = delivery.AddDays(30), Note = "설치 포함",
        }));

    private async Task<ShowDocument.Page> ShowAsync(OrderScope scope, int id) => (await app.SendAsync(new ShowDocument.Query(scope, id)))!;

    private async Task<ShowDocument.Page> SingleAsync(OrderScope scope, int orderId, DocumentKind kind) =>
        await ShowAsync(scope, (await app.DocumentsAsync(scope, orderId)).Single(d => d.Kind == kind).Id);

    private Task<(string, string)> StoredAsync(int id) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().ProcurementDocuments
        .Where(d => d.Id == id).Select(d => new ValueTuple<string, string>(d.Sha256, d.Content)).SingleAsync());

    private Task<PurchaseOrder> OrderAsync(int id) => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders
        .AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));
}
