using System.Globalization;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Documents;

/// <summary>The one place each step's document is written: in the step's own transaction, after the
/// step's rows are saved (the document's number comes from their ids). A step retried after a lost
/// race finds its document already there. The words are Korean: these are the papers an audit files.</summary>
public static class IssueDocument
{
    /// <summary>견적서: one per revision of the answer.</summary>
    public static async Task QuoteAsync(MarketplaceDbContext db, Quote quote, QuoteRequest request, CancellationToken ct)
    {
        if (await ExistsAsync(db, DocumentKind.Quote, quote.Id, quote.Version, ct)) return;
        var (enterprise, institution) = await PartiesAsync(db, quote.EnterpriseId, request.InstitutionId, ct);
        var number = $"Q-{KoreaTime.ToKorea(quote.SubmittedAtUtc).Year}-{quote.Id:D6}" + (quote.Version > 1 ? $"-{quote.Version}" : "");
        var rows = request.Items.Select(item =>
        {
            var unit = quote.Lines.Single(l => l.ItemId == item.Id).UnitSupplyWon;
            return Row(item.Name, item.Specification, Count(item.Quantity), Won(unit), Won(unit * item.Quantity), Won(PurchaseOrderLine.UnitVatOf(unit) * item.Quantity));
        }).ToList();
        var supply = quote.SupplyWon(request);
        var vat = quote.VatWon(request);
        var content = new DocumentContent("견적서", number, Day(quote.SubmittedAtUtc), Supplier(enterprise), Buyer(institution),
            [
                new("견적요청", $"{request.Number} {request.Title}"),
                new("납품장소", request.DeliveryPlace),
                new("납품가능일", Day(quote.DeliveryDate)),
                new("견적 유효기간", $"{Day(quote.ValidUntil)}까지"),
                .. quote.Note.Length > 0 ? new DocumentField[] { new("비고", quote.Note) } : [],
            ],
            ["품명", "규격", "수량", "단가(공급가)", "공급가액", "부가세"], rows,
            [new("공급가액 합계", Won(supply)), new("부가세", Won(vat)), new("합계", Won(supply + vat))],
            ["위와 같이 견적합니다. 단가는 부가가치세를 뺀 공급가이며, 부가세는 단가의 10%(원 미만 버림)입니다."]);
        Add(db, DocumentKind.Quote, content, request.InstitutionId, quote.EnterpriseId, null, request.Id, quote.Id, quote.Version, quote.SubmittedAtUtc);
    }

    /// <summary>발주서, or 발주서 겸 계약서 for a simple contract: issued when the institution approves
    /// the order, which is when the enterprise receives it.</summary>
    public static async Task PurchaseOrderAsync(MarketplaceDbContext db, PurchaseOrder order, int invoiceDueDays, CancellationToken ct)
    {
        if (await ExistsAsync(db, DocumentKind.PurchaseOrder, order.Id, 1, ct)) return;
        var (enterprise, institution) = await PartiesAsync(db, order.EnterpriseId, order.InstitutionId, ct);
        var names = await NamesAsync(db, [order.BuyerId, order.ApproverId], ct);
        var request = await QuoteRequestOfAsync(db, order.QuoteId, ct);
        var contract = order.Method == PurchaseMethod.SimpleContract;
        var fields = new List<DocumentField>
        {
            new("구매방법", contract ? "간편계약 (견적에 따른 수의계약)" : "바로구매 (등록 단가)"),
            new("납품장소", order.DeliveryPlace),
            new("납품기한", Day(order.DeliveryDate)),
            new("구매 담당", names.GetValueOrDefault(order.BuyerId, "")),
            new("승인", $"{names.GetValueOrDefault(order.ApproverId ?? "", "")} {Time(order.ApprovedAtUtc)}".Trim()),
        };
        if (request is not null) fields.Insert(1, new("견적요청", $"{request.Number} {request.Title}"));
        if (order.CapExceededReason is { } capReason) fields.Add(new("수의계약 한도 초과 사유", capReason));
        if (order.SviGrade is { } grade) fields.Add(new("SVI 등급", $"{SviName(grade)} ({order.SviYear}년)"));
        if (order.LowSviReason is { } sviReason) fields.Add(new("SVI 미흡 이하 구매 사유", sviReason));
        var notes = new List<string>();
        if (contract)
        {
            notes.Add("계약 조건");
            notes.Add("1. 계약상대자는 위 품목을 납품기한까지 납품장소에 납품합니다.");
            notes.Add("2. 발주기관은 납품을 받은 뒤 검사·검수를 하며, 합격한 수량에 대해서만 대금을 지급합니다.");
            notes.Add($"3. 대금은 검사에 합격한 뒤 청구서(세금계산서) 발행일로부터 {invoiceDueDays}일 이내에 지급합니다.");
            notes.Add("4. 단가는 위 견적에 따르며, 계약 후 바꿀 수 없습니다.");
            notes.Add("5. 이 문서에 정하지 않은 사항은 관계 법령(국가계약법 또는 지방계약법)과 계약일반조건에 따릅니다.");
        }
        else notes.Add("위와 같이 발주합니다.");
        var content = new DocumentContent(contract ? "발주서 겸 계약서" : "발주서", order.Number, Day(order.ApprovedAtUtc ?? order.CreatedAtUtc),
            Supplier(enterprise), Buyer(institution), fields,
            ["품명", "구분", "수량", "단가(공급가)", "공급가액", "부가세"],
            order.Lines.Select(l => Row(l.Name, KindName(l.Kind), Count(l.Quantity), Won(l.UnitSupplyWon), Won(l.SupplyWon), Won(l.VatWon))).ToList(),
            [new("공급가액 합계", Won(order.Supply.Amount)), new("부가세", Won(order.Vat.Amount)), new("합계", Won(order.Total.Amount))],
            notes);
        Add(db, DocumentKind.PurchaseOrder, content, order.InstitutionId, order.EnterpriseId, order.Id, request?.Id, order.Id, 1,
            order.ApprovedAtUtc ?? order.CreatedAtUtc);
    }

    /// <summary>거래명세서 of one shipment: what it carried, at the order's prices.</summary>
    public static async Task TransactionStatementAsync(MarketplaceDbContext db, PurchaseOrder order, PurchaseOrderShipment shipment, CancellationToken ct)
    {
        if (await ExistsAsync(db, DocumentKind.TransactionStatement, shipment.Id, 1, ct)) return;
        var (enterprise, institution) = await PartiesAsync(db, order.EnterpriseId, order.InstitutionId, ct);
        var shipped = shipment.Lines.Select(s => (Line: order.Lines.Single(l => l.Id == s.LineId), s.Quantity)).ToList();
        var supply = shipped.Sum(s => s.Line.UnitSupplyWon * s.Quantity);
        var vat = shipped.Sum(s => s.Line.UnitVatWon * s.Quantity);
        var content = new DocumentContent("거래명세서", $"DS-{KoreaTime.ToKorea(shipment.ShippedAtUtc).Year}-{shipment.Id:D6}", Day(shipment.ShippedAtUtc),
            Supplier(enterprise), Buyer(institution),
            [
                new("발주번호", order.Number),
                new("납품방법", DeliveryName(shipment)),
                new("납품일시", Time(shipment.ShippedAtUtc)),
                new("납품장소", order.DeliveryPlace),
            ],
            ["품명", "수량", "단가(공급가)", "공급가액", "부가세"],
            shipped.Select(s => Row(s.Line.Name, Count(s.Quantity), Won(s.Line.UnitSupplyWon), Won(s.Line.UnitSupplyWon * s.Quantity), Won(s.Line.UnitVatWon * s.Quantity))).ToList(),
            [new("공급가액 합계", Won(supply)), new("부가세", Won(vat)), new("합계", Won(supply + vat))],
            ["위와 같이 납품합니다. 검사·검수 결과는 검사검수조서에 따릅니다."]);
        Add(db, DocumentKind.TransactionStatement, content, order.InstitutionId, order.EnterpriseId, order.Id, null, shipment.Id, 1, shipment.ShippedAtUtc);
    }

    /// <summary>검사검수조서: accepted and rejected quantities, the reason, who inspected and when.</summary>
    public static async Task InspectionReportAsync(MarketplaceDbContext db, PurchaseOrder order, CancellationToken ct)
    {
        if (await ExistsAsync(db, DocumentKind.InspectionReport, order.Id, 1, ct)) return;
        var (enterprise, institution) = await PartiesAsync(db, order.EnterpriseId, order.InstitutionId, ct);
        var inspector = order.InspectedById is { } id ? (await NamesAsync(db, [id], ct)).GetValueOrDefault(id, "") : "";
        var inspectedAt = order.InspectedAtUtc ?? order.CreatedAtUtc;
        var result = order.Status == PurchaseOrderStatus.InspectionRejected ? "불합격"
            : order.Lines.Any(l => l.AcceptedQuantity < l.ShippedQuantity) ? "일부 합격" : "합격";
        var content = new DocumentContent("검사검수조서", $"IR-{KoreaTime.ToKorea(inspectedAt).Year}-{order.Id:D6}", Day(inspectedAt),
            Supplier(enterprise), Buyer(institution),
            [
                new("발주번호", order.Number),
                new("납품기한", Day(order.DeliveryDate)),
                new("검사·검수일시", Time(inspectedAt)),
                new("검사·검수자", inspector),
                new("결과", result),
                .. order.InspectionNote is { } note ? new DocumentField[] { new("사유", note) } : [],
            ],
            ["품명", "발주수량", "납품수량", "합격수량", "불합격수량", "합격 공급가액"],
            order.Lines.Select(l => Row(l.Name, Count(l.Quantity), Count(l.ShippedQuantity), Count(l.AcceptedQuantity),
                Count(l.ShippedQuantity - l.AcceptedQuantity), Won(l.AcceptedQuantity * l.UnitSupplyWon))).ToList(),
            [new("합격 공급가액", Won(order.AcceptedSupply.Amount)), new("부가세", Won(order.AcceptedVat.Amount)), new("합격 금액 합계", Won(order.AcceptedTotal.Amount))],
            ["위와 같이 검사·검수하였음을 확인합니다."]);
        Add(db, DocumentKind.InspectionReport, content, order.InstitutionId, order.EnterpriseId, order.Id, null, order.Id, 1, inspectedAt);
    }

    /// <summary>The data of the tax invoice (세금계산서) for the accepted amount. The e-tax invoice itself
    /// is issued by the enterprise through 홈택스; this document says so rather than pretending to be it.</summary>
    public static async Task TaxInvoiceAsync(MarketplaceDbContext db, Invoice invoice, PurchaseOrder order, CancellationToken ct)
    {
        if (await ExistsAsync(db, DocumentKind.TaxInvoice, invoice.Id, 1, ct)) return;
        var (enterprise, institution) = await PartiesAsync(db, invoice.EnterpriseId, invoice.InstitutionId, ct);
        var month = invoice.IssuedOn.ToString("MM/dd", CultureInfo.InvariantCulture);
        var content = new DocumentContent("세금계산서 발행 정보", invoice.Number, Day(invoice.IssuedOn), Supplier(enterprise) with { Name = invoice.SupplierName },
            Buyer(institution) with { Name = invoice.BuyerName },
            [
                new("작성일자", Day(invoice.IssuedOn)),
                new("발주번호", order.Number),
                new("공급가액", Won(invoice.SupplyWon)),
                new("세액", Won(invoice.VatWon)),
                new("합계금액", Won(invoice.TotalWon)),
                new("영수/청구", "청구"),
                new("지급기한", Day(invoice.DueOn)),
            ],
            ["월/일", "품목", "수량", "단가", "공급가액", "세액"],
            order.Lines.Where(l => l.AcceptedQuantity > 0).Select(l => Row(month, l.Name, Count(l.AcceptedQuantity), Won(l.UnitSupplyWon),
                Won(l.AcceptedQuantity * l.UnitSupplyWon), Won(l.AcceptedQuantity * l.UnitVatWon))).ToList(),
            [new("공급가액", Won(invoice.SupplyWon)), new("세액", Won(invoice.VatWon)), new("합계금액", Won(invoice.TotalWon))],
            ["이 문서는 세금계산서에 적을 내용입니다. 전자세금계산서는 공급자가 국세청 홈택스에서 발행하며, 그 승인번호는 공급자가 이 마켓의 청구서에 기록합니다."]);
        Add(db, DocumentKind.TaxInvoice, content, invoice.InstitutionId, invoice.EnterpriseId, order.Id, null, invoice.Id, 1,
            order.InspectedAtUtc ?? throw new InvalidOperationException($"{order.Number} is invoiced before its inspection."));
    }

    private static Task<bool> ExistsAsync(MarketplaceDbContext db, DocumentKind kind, int sourceId, int revision, CancellationToken ct) =>
        db.ProcurementDocuments.AnyAsync(d => d.Kind == kind && d.SourceId == sourceId && d.Revision == revision, ct);

    private static void Add(MarketplaceDbContext db, DocumentKind kind, DocumentContent content, int institutionId, int enterpriseId,
        int? purchaseOrderId, int? quoteRequestId, int sourceId, int revision, DateTime issuedAtUtc) =>
        db.ProcurementDocuments.Add(new ProcurementDocument(kind, content.Number, institutionId, enterpriseId, purchaseOrderId, quoteRequestId,
            sourceId, revision, content.ToJson(), issuedAtUtc));

    private static async Task<(Enterprise, Institution)> PartiesAsync(MarketplaceDbContext db, int enterpriseId, int institutionId, CancellationToken ct) =>
        (await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == enterpriseId, ct), await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == institutionId, ct));

    private static async Task<QuoteRequest?> QuoteRequestOfAsync(MarketplaceDbContext db, int? quoteId, CancellationToken ct) =>
        quoteId is { } id
            ? await db.Quotes.AsNoTracking().Where(q => q.Id == id).Join(db.QuoteRequests, q => q.QuoteRequestId, r => r.Id, (q, r) => r).FirstOrDefaultAsync(ct)
            : null;

    private static Task<Dictionary<string, string>> NamesAsync(MarketplaceDbContext db, IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().ToList();
        return db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static DocumentParty Supplier(Enterprise e) =>
        new("공급자", e.Name, BusinessRegistrationNumber.Format(e.RegistrationNumber), e.RepresentativeName ?? "", e.Seller?.Address ?? "");

    private static DocumentParty Buyer(Institution i) =>
        new("공급받는자", i.Name, BusinessRegistrationNumber.Format(i.RegistrationNumber), "", i.Address ?? "");

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    public static string Won(long won) => won.ToString("N0", CultureInfo.InvariantCulture) + "원";

    private static string Count(int quantity) => quantity.ToString("N0", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture);

    private static string Day(DateTime utc) => Day(KoreaTime.DayOf(utc));

    private static string Time(DateTime? utc) => utc is { } t ? KoreaTime.ToKorea(t).ToString("yyyy.MM.dd HH:mm", CultureInfo.InvariantCulture) : "";

    private static string KindName(ProductKind kind) => kind == ProductKind.Service ? "용역" : "물품";

    public static string SviName(SviGrade grade) => grade switch
    {
        SviGrade.Outstanding => "탁월", SviGrade.Excellent => "우수", SviGrade.Good => "양호", SviGrade.Poor => "미흡", _ => "취약",
    };

    private static string DeliveryName(PurchaseOrderShipment shipment) => shipment.Method switch
    {
        DeliveryMethod.InPerson => "직접 납품",
        DeliveryMethod.ServiceCompleted => "서비스 완료",
        _ => $"택배 {shipment.Carrier} {shipment.TrackingNumber}",
    };
}
