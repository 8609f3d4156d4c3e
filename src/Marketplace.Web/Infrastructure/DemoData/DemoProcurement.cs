using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.DemoData;

/// <summary>Purchase orders and quote requests of the two demo institutions in every state a buyer,
/// an approver, an enterprise and the operator meet: waiting for approval, sent back, placed, partly
/// delivered, waiting for inspection, inspected with an overdue invoice, paid; requests open and
/// accepted. Built with the domain's own steps, dated in the past.</summary>
public static class DemoProcurement
{
    private sealed record People(string Buyer, string Approver);

    public static async Task SeedAsync(MarketplaceDbContext db, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Institution> institutions,
        DateTime now, CancellationToken ct)
    {
        var ids = await db.Users.Where(u => u.Email!.EndsWith("@demo.kr")).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var a = new People(ids["buyer@demo.kr"], ids["approver@demo.kr"]);
        var b = new People(ids["buyer2@demo.kr"], ids["approver2@demo.kr"]);
        var (instA, instB) = (institutions[0], institutions[1]);
        // Each body takes delivery at its own address.
        var placeA = instA.Address ?? "";
        var placeB = instB.Address ?? "";

        async Task<Product> GoodsOf(Enterprise e) => await db.Products.Include(p => p.PriceTiers)
            .Where(p => p.EnterpriseId == e.Id && p.Status == ProductStatus.Published).OrderBy(p => p.Id).FirstAsync(ct);
        PurchaseOrder Direct(Institution institution, People people, Enterprise e, Product p, int quantity, string place, DateTime at, int deliverInDays) =>
            new(institution.Id, e, people.Buyer, PurchaseMethod.DirectPurchase, null, place, KoreaTime.DayOf(at).AddDays(deliverInDays),
                [PurchaseOrderLine.AtInclusivePrice(p.Id, p.Name, p.Kind, quantity, p.UnitPriceFor(quantity))], at);
        IReadOnlyDictionary<int, int> All(PurchaseOrder o, Func<PurchaseOrderLine, int> quantity) => o.Lines.ToDictionary(l => l.Id, quantity);

        var (e0, e1, e2, e3, e5) = (enterprises[0], enterprises[1], enterprises[2], enterprises[3], enterprises[5]);
        var lapsed = enterprises[4]; // its certification has expired: its sales do not count
        var orders = new List<PurchaseOrder>
        {
            Direct(instA, a, e0, await GoodsOf(e0), 120, placeA, now.AddDays(-2), 14),   // 0: waits for approval
            Direct(instA, a, e0, await GoodsOf(e0), 300, placeA, now.AddDays(-5), 10),   // 1: placed
            Direct(instA, a, e2, await GoodsOf(e2), 80, placeA, now.AddDays(-20), 7),    // 2: partly delivered
            Direct(instA, a, e5, await GoodsOf(e5), 50, placeA, now.AddDays(-75), 5),    // 3: inspected, paid
            Direct(instB, b, e0, await GoodsOf(e0), 60, placeB, now.AddDays(-12), 6),    // 4: waits for inspection
            Direct(instB, b, e3, await GoodsOf(e3), 40, placeB, now.AddDays(-25), 5),    // 5: inspected, invoice open
            Direct(instB, b, e1, await GoodsOf(e1), 25, placeB, now.AddDays(-1), 20),    // 6: waits for approval
            Direct(instB, b, e2, await GoodsOf(e2), 500, placeB, now.AddDays(-9), 20),   // 7: sent back
            Direct(instA, a, lapsed, await GoodsOf(lapsed), 30, placeA, now.AddDays(-40), 5), // 8: inspected, does not count
        };
        db.PurchaseOrders.AddRange(orders);

        // A request to three enterprises: two answer, the lower is accepted and becomes a simple contract.
        var rfq = new QuoteRequest(instA.Id, a.Buyer, "청사 정기 방역 및 소독 용역", ProductKind.Service, placeA,
            KoreaTime.DayOf(now.AddDays(-60)).AddDays(20), KoreaTime.DayOf(now.AddDays(-60)).AddDays(7),
            [new QuoteRequestItem("사무실 방역", "월 1회, 3,300㎡", 6), new QuoteRequestItem("화장실 소독", "주 1회", 24)], [e0.Id, e1.Id, e3.Id], now.AddDays(-60));
        var open = new QuoteRequest(instA.Id, a.Buyer, "행사용 친환경 다과 세트", ProductKind.Goods, placeA,
            KoreaTime.DayOf(now).AddDays(21), KoreaTime.DayOf(now).AddDays(7), [new QuoteRequestItem("다과 세트", "1인분, 친환경 포장", 400)], [e0.Id, e2.Id], now.AddDays(-1));
        var openB = new QuoteRequest(instB.Id, b.Buyer, "복사용지 연간 단가 견적", ProductKind.Goods, placeB,
            KoreaTime.DayOf(now).AddDays(30), KoreaTime.DayOf(now).AddDays(10), [new QuoteRequestItem("A4 복사용지", "80g, 2,500매/박스", 300)], [e1.Id, e2.Id], now.AddDays(-3));
        db.QuoteRequests.AddRange(rfq, open, openB);
        await db.SaveChangesAsync(ct);

        Quote Answer(QuoteRequest r, Enterprise e, string memberId, long[] prices, DateTime at)
        {
            var quote = new Quote(r.Id, e.Id, memberId, at);
            quote.Price(r, r.Items.Select((item, i) => (item.Id, prices[i])).ToDictionary(x => x.Id, x => x.Item2),
                r.DeliveryDate, KoreaTime.DayOf(at).AddDays(60), "", KoreaTime.DayOf(at), at);
            db.Quotes.Add(quote);
            return quote;
        }
        var (seller, seller2) = (ids["seller@demo.kr"], ids["seller2@demo.kr"]);
        var won = Answer(rfq, e0, seller, [420_000, 55_000], now.AddDays(-57));
        var lost = Answer(rfq, e1, seller2, [450_000, 60_000], now.AddDays(-56));
        var early = Answer(open, e0, seller, [9_800], now.AddDays(-1));
        await db.SaveChangesAsync(ct);
        // Each answer's 견적서, as submitting it issues one.
        foreach (var (quote, request) in new[] { (won, rfq), (lost, rfq), (early, open) })
            await Features.Procurement.Documents.IssueDocument.QuoteAsync(db, quote, request, ct);
        var contract = new PurchaseOrder(instA.Id, e0, a.Buyer, PurchaseMethod.SimpleContract, won.Id, placeA, won.DeliveryDate,
            rfq.Accept(won, [won, lost], KoreaTime.DayOf(now.AddDays(-55)), won.Version), now.AddDays(-55));
        db.PurchaseOrders.Add(contract);
        await db.SaveChangesAsync(ct);

        orders[1].Approve(a.Approver, now.AddDays(-4));
        orders[2].Approve(a.Approver, now.AddDays(-19));
        orders[2].Confirm(now.AddDays(-18));
        orders[2].Ship(All(orders[2], l => l.Quantity / 2), "CJ대한통운", "6012-3344-5566", now.AddDays(-15));
        foreach (var (o, approver, at) in new[] { (orders[3], a, -75), (orders[4], b, -12), (orders[5], b, -25), (orders[8], a, -40), (contract, a, -55) })
        {
            o.Approve(approver.Approver, now.AddDays(at + 1));
            o.Confirm(now.AddDays(at + 2));
            o.Ship(All(o, l => l.Quantity), "한진택배", $"5{Math.Abs(at):000}-7788-{o.Id:0000}", now.AddDays(at + 4));
        }
        orders[7].RejectApproval(b.Approver, "연간 단가계약 품목이라 견적 비교 후 다시 올려 주세요.", now.AddDays(-8));
        await db.SaveChangesAsync(ct);

        // Inspections, each with its invoice and its sales figure, as the inspection step makes them.
        async Task InspectAsync(PurchaseOrder o, Func<PurchaseOrderLine, int> accepted, string? note, DateTime at)
        {
            var enterprise = enterprises.Single(e => e.Id == o.EnterpriseId);
            o.Inspect(All(o, accepted), note, enterprise.IsCertifiedOn(KoreaTime.DayOf(at)), at, o.BuyerId);
            await Features.Reporting.SocialValueShares.AttributeAsync(db, o, ct);
            await db.SaveChangesAsync(ct);
            await Features.Procurement.Documents.IssueDocument.InspectionReportAsync(db, o, ct);
            await Features.Procurement.Invoices.IssueInvoice.ForAsync(db, o, enterprise, KoreaTime.DayOf(at), 30, ct);
        }
        await InspectAsync(orders[3], l => l.Quantity, null, now.AddDays(-70));
        await InspectAsync(orders[5], l => l.Quantity - 2, "2박스 파손으로 불합격", now.AddDays(-20));
        await InspectAsync(contract, l => l.Quantity, null, now.AddDays(-45));
        await InspectAsync(orders[8], l => l.Quantity, null, now.AddDays(-33));
        await db.SaveChangesAsync(ct);

        var invoices = await db.Invoices.Include(i => i.Payments).ToDictionaryAsync(i => i.PurchaseOrderId, ct);
        var paid = invoices[orders[3].Id];
        paid.RecordPayment(paid.IssuedOn.AddDays(12), paid.TotalWon, "성동구청 재무과", ids["admin@demo.kr"], KoreaTime.DayOf(now), now);
        var overdue = invoices[contract.Id];
        overdue.RecordPayment(overdue.IssuedOn.AddDays(20), overdue.TotalWon / 2, "성동구청 1차 지급", seller, KoreaTime.DayOf(now), now);
        await db.SaveChangesAsync(ct);

        // SVI grades as the operator recorded them: one enterprise graded 미흡, which buyers are warned about.
        foreach (var (e, grade) in new[] { (e0, SviGrade.Excellent), (e1, SviGrade.Good), (e2, SviGrade.Outstanding), (e3, SviGrade.Poor), (e5, SviGrade.Good) })
            e.RecordSvi(grade, KoreaTime.DayOf(now).Year - 1, KoreaTime.DayOf(now).Year);
        await IssuePastDocumentsAsync(db, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The purchase orders' and shipments' papers, as those steps issue them (quotes, inspection
    /// reports and tax invoices were issued as they happened).</summary>
    private static async Task IssuePastDocumentsAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        foreach (var order in await db.PurchaseOrders.Include(o => o.Lines).Include(o => o.Shipments).Where(o => o.ApprovedAtUtc != null
            && o.Status != PurchaseOrderStatus.ApprovalRejected).ToListAsync(ct))
        {
            await Features.Procurement.Documents.IssueDocument.PurchaseOrderAsync(db, order, 30, ct);
            foreach (var shipment in order.Shipments) await Features.Procurement.Documents.IssueDocument.TransactionStatementAsync(db, order, shipment, ct);
        }
    }

}
