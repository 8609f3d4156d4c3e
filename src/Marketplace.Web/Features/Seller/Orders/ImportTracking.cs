using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    public const int MaxTrackingBytes = 2 * 1024 * 1024;

    /// <summary><c>/seller/orders/tracking</c>: carriers and tracking numbers for many orders at once, from the workbook
    /// <c>/seller/orders.xlsx</c> gave (or any .xlsx with the columns 주문번호, 택배사, 운송장 번호). Every row is checked first and
    /// nothing ships if one is wrong; then each order ships as the order page would ship it, with the shopper's mail.</summary>
    public sealed record ImportTracking(int EnterpriseId, byte[] File) : IRequest<TrackingResult>;

    public sealed record TrackingResult(int Shipped, IReadOnlyList<(int Row, string Message)> Errors);

    public sealed class ImportTrackingHandler(MarketplaceDbContext db, IMediator mediator, IStringLocalizer<Texts> texts) : IRequestHandler<ImportTracking, TrackingResult>
    {
        public async Task<TrackingResult> Handle(ImportTracking command, CancellationToken ct)
        {
            if (command.File.Length == 0) return Refused(texts["Upload.Empty"]);
            if (command.File.Length > MaxTrackingBytes) return Refused(texts["Upload.TooLarge", MaxTrackingBytes / 1024 / 1024]);
            List<List<string>> rows;
            try { rows = ReadSheet(command.File); }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException) { return Refused(texts["Tracking.NotAWorkbook"]); }
            if (rows.Count == 0) return Refused(texts["Import.Empty"]);

            var header = rows[0].Select(h => h.Replace(" ", "")).ToList();
            int Column(string name) => header.IndexOf(texts[name].Value.Replace(" ", ""));
            var (numberAt, carrierAt, trackingAt) = (Column("Orders.NumberHeading"), Column("Seller.Carrier"), Column("Seller.TrackingNumber"));
            if (numberAt < 0 || carrierAt < 0 || trackingAt < 0) return Refused(texts["Tracking.MissingColumns"]);

            var errors = new List<(int, string)>();
            var toShip = new Dictionary<int, (int Row, string Carrier, string Tracking)>();
            for (var r = 1; r < rows.Count; r++)
            {
                string Cell(int at) => at < rows[r].Count ? rows[r][at].Trim() : "";
                var (number, carrier, tracking) = (Cell(numberAt), Cell(carrierAt), Cell(trackingAt));
                if (tracking.Length == 0 && carrier.Length == 0) continue; // a line not shipped yet, or one of the order's other lines
                var id = number.Contains('-') && int.TryParse(number[(number.LastIndexOf('-') + 1)..], out var parsed) ? parsed : -1;
                var order = await db.Orders.AsNoTracking().Where(o => o.Id == id && o.EnterpriseId == command.EnterpriseId)
                    .Select(o => new { o.Id, o.CreatedAtUtc, o.Status, o.TrackingNumber }).FirstOrDefaultAsync(ct);
                if (order is null || Order.NumberOf(order.Id, order.CreatedAtUtc) != number) { errors.Add((r + 1, texts["Tracking.UnknownOrder", number])); continue; }
                if (carrier.Length == 0 || !System.Text.RegularExpressions.Regex.IsMatch(tracking, "^[0-9A-Za-z-]{4,40}$"))
                { errors.Add((r + 1, texts["Seller.TrackingInvalid"])); continue; }
                if (Shared.Carriers.Canonical(carrier) is null) { errors.Add((r + 1, texts["Error.CarrierUnknown"])); continue; }
                if (order.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Confirmed && order.TrackingNumber == tracking) continue; // shipped already, as said
                if (order.Status is not (OrderStatus.Paid or OrderStatus.Preparing)) { errors.Add((r + 1, texts["Tracking.NotShippable", number, texts[$"OrderStatus.{order.Status}"]])); continue; }
                if (toShip.TryGetValue(order.Id, out var first) && (first.Carrier, first.Tracking) != (carrier, tracking))
                { errors.Add((r + 1, texts["Tracking.Conflicting", number, first.Row])); continue; }
                toShip.TryAdd(order.Id, (r + 1, carrier, tracking));
            }
            if (errors.Count > 0) return new TrackingResult(0, errors);

            var shipped = 0;
            foreach (var (orderId, (row, carrier, tracking)) in toShip)
            {
                try
                {
                    if (await mediator.Send(new Advance(command.EnterpriseId, orderId, Step.Ship, carrier, tracking), ct)) shipped++;
                }
                catch (DomainException e)
                {
                    // Cancelled by the shopper while the file was read: told, the others ship.
                    errors.Add((row, texts[e.Code]));
                }
            }
            return new TrackingResult(shipped, errors);
        }

        private static TrackingResult Refused(string message) => new(0, [(0, message)]);

        /// <summary>The first sheet's cells as text, row by row (inline and shared strings, numbers as written).</summary>
        private static List<List<string>> ReadSheet(byte[] file)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sheet = workbook.WorksheetParts.FirstOrDefault()?.Worksheet ?? throw new InvalidDataException("no sheet");
            return sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Take(10_001).Select(row =>
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var at = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < at) cells.Add("");
                    var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < shared.Count ? shared[s]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
                    cells.Add(text);
                }
                return cells;
            }).ToList();
        }

        private static int? ColumnIndex(string? reference)
        {
            if (string.IsNullOrEmpty(reference)) return null;
            var index = 0;
            foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            return index - 1;
        }
    }
}
