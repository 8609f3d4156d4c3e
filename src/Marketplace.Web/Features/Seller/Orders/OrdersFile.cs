using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    public const int MaxExportedOrders = 5_000;

    /// <summary><c>/seller/orders.xlsx</c>: the orders the list shows, a row per line, with what shipping needs (recipient,
    /// phone, address, note) and empty carrier and tracking columns the bulk upload reads back.</summary>
    public sealed record ExportQuery(ListQuery List) : IRequest<DownloadFile>;

    public sealed class ExportHandler(MarketplaceDbContext db, IStringLocalizer<Texts> texts, TimeProvider clock) : IRequestHandler<ExportQuery, DownloadFile>
    {
        public async Task<DownloadFile> Handle(ExportQuery query, CancellationToken ct)
        {
            var orders = await Matching(db, query.List).Take(MaxExportedOrders)
                .Select(o => new { o.Id, o.CreatedAtUtc, o.Status, o.ShipTo, o.Carrier, o.TrackingNumber,
                    Lines = o.Lines.Select(l => new { l.ProductName, l.OptionName, l.Quantity, l.UnitPriceWon }).ToList() })
                .ToListAsync(ct);
            var rows = new List<IReadOnlyList<object?>>
            {
                new object?[] { texts["Orders.NumberHeading"], texts["Orders.Date"], texts["Orders.Status"], texts["Cart.Product"], texts["Option.Name"],
                    texts["Cart.Quantity"], texts["Cart.UnitPrice"], texts["Checkout.Recipient"], texts["Checkout.Phone"], texts["Checkout.PostalCode"],
                    texts["Checkout.Address"], texts["Checkout.DeliveryNote"], texts["Seller.Carrier"], texts["Seller.TrackingNumber"] },
            };
            foreach (var o in orders)
                foreach (var l in o.Lines)
                    rows.Add(new object?[] { Order.NumberOf(o.Id, o.CreatedAtUtc), KoreaTime.ToKorea(o.CreatedAtUtc).ToString("yyyy-MM-dd HH:mm"),
                        texts[$"OrderStatus.{o.Status}"].Value, l.ProductName, l.OptionName ?? "", l.Quantity, l.UnitPriceWon,
                        o.ShipTo.Recipient, o.ShipTo.Phone, o.ShipTo.PostalCode, $"{o.ShipTo.RoadAddress} {o.ShipTo.Detail}".Trim(), o.ShipTo.Note,
                        o.Carrier ?? "", o.TrackingNumber ?? "" });
            var bytes = XlsxFile.Write(texts["Seller.Orders"], rows, new HashSet<int> { 0 });
            return new DownloadFile(bytes, XlsxFile.ContentType, $"orders-{KoreaTime.Today(clock):yyyyMMdd}.xlsx");
        }
    }
}
