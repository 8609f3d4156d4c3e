using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Procurement;

/// <summary>The enterprise's side of procurement under <c>/seller</c>: quote requests addressed to it
/// and its answers, and approved purchase orders to confirm or decline and deliver in shipments.
/// Every query and command is scoped by the enterprise id of the signed-in staff member.</summary>
public static class SellerProcurement
{
    public sealed record RequestRow(int Id, string Number, string InstitutionName, string Title, DateOnly Deadline,
        QuoteRequestStatus Status, QuoteStatus? MyAnswer);

    public sealed record InboxQuery(int EnterpriseId) : IRequest<IReadOnlyList<RequestRow>>;

    public sealed record RequestDetail(QuoteRequest Request, string InstitutionName, Quote? MyQuote, bool TakesAnswers);

    public sealed record RequestQuery(int EnterpriseId, int RequestId) : IRequest<RequestDetail?>;

    public sealed class QuoteForm
    {
        /// <summary>Unit supply price (VAT excluded) by request item id.</summary>
        public Dictionary<int, long> Prices { get; set; } = [];
        public DateOnly? DeliveryDate { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public string Note { get; set; } = "";
    }

    public sealed record SubmitQuote(int EnterpriseId, string MemberId, int RequestId, QuoteForm Form) : IRequest<bool>, ITransactional;

    public enum Decision { Confirm, Decline }

    public sealed record Respond(int EnterpriseId, int OrderId, Decision Decision, string? Reason) : IRequest<bool>, ITransactional;

    public sealed record Ship(int EnterpriseId, int OrderId, IReadOnlyDictionary<int, int> Quantities, string Carrier, string TrackingNumber)
        : IRequest<bool>, ITransactional;

    public sealed class QuoteValidator : AbstractValidator<SubmitQuote>
    {
        public QuoteValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Form.Prices).Must(p => p.Values.All(v => v is > 0 and <= 10_000_000_000))
                .WithMessage(_ => texts["Procurement.UnitPriceInvalid"]);
            RuleFor(c => c.Form.DeliveryDate).NotNull().WithMessage(_ => texts["Procurement.DeliveryDateRequired"])
                .Must(d => d is null || d >= KoreaTime.Today(clock)).WithMessage(_ => texts["Procurement.DeliveryDateOutOfRange"]);
            RuleFor(c => c.Form.ValidUntil).NotNull().WithMessage(_ => texts["Procurement.ValidUntilRequired"]);
            RuleFor(c => c.Form.Note).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
        }
    }

    public sealed class RespondValidator : AbstractValidator<Respond>
    {
        public RespondValidator(IStringLocalizer<Texts> texts) =>
            When(c => c.Decision == Decision.Decline, () =>
                RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Procurement.ReasonRequired"]).MaximumLength(500));
    }

    public sealed class ShipValidator : AbstractValidator<Ship>
    {
        public ShipValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(a => a.Carrier).NotEmpty().WithMessage(_ => texts["Seller.CarrierRequired"]).MaximumLength(60);
            RuleFor(a => a.TrackingNumber).NotEmpty().WithMessage(_ => texts["Seller.TrackingRequired"])
                .Matches("^[0-9A-Za-z-]{4,40}$").WithMessage(_ => texts["Seller.TrackingInvalid"]);
            RuleFor(a => a.Quantities).Must(q => q.Values.Any(v => v > 0)).WithMessage(_ => texts["Procurement.ShipSomething"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock)
        : IRequestHandler<InboxQuery, IReadOnlyList<RequestRow>>, IRequestHandler<RequestQuery, RequestDetail?>,
          IRequestHandler<SubmitQuote, bool>, IRequestHandler<Respond, bool>, IRequestHandler<Ship, bool>
    {
        public async Task<IReadOnlyList<RequestRow>> Handle(InboxQuery query, CancellationToken ct)
        {
            var rows = await db.QuoteRequests.AsNoTracking().Where(r => r.Recipients.Any(x => x.EnterpriseId == query.EnterpriseId))
                .OrderByDescending(r => r.CreatedAtUtc).Take(200)
                .Select(r => new
                {
                    r.Id, r.CreatedAtUtc, r.Title, r.Deadline, r.Status,
                    Institution = db.Institutions.Where(i => i.Id == r.InstitutionId).Select(i => i.Name).First(),
                    Mine = db.Quotes.Where(q => q.QuoteRequestId == r.Id && q.EnterpriseId == query.EnterpriseId).Select(q => (QuoteStatus?)q.Status).FirstOrDefault(),
                })
                .ToListAsync(ct);
            return rows.Select(r => new RequestRow(r.Id, QuoteRequest.NumberOf(r.Id, r.CreatedAtUtc), r.Institution, r.Title,
                r.Deadline, r.Status, r.Mine)).ToList();
        }

        public async Task<RequestDetail?> Handle(RequestQuery query, CancellationToken ct)
        {
            var request = await AddressedAsync(query.EnterpriseId, query.RequestId, tracked: false, ct);
            if (request is null) return null;
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == request.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var mine = await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.QuoteRequestId == request.Id && q.EnterpriseId == query.EnterpriseId, ct);
            return new RequestDetail(request, institution, mine, request.TakesAnswersOn(KoreaTime.Today(clock)));
        }

        /// <summary>Answers a request, or revises the answer while the request still takes answers.</summary>
        public async Task<bool> Handle(SubmitQuote command, CancellationToken ct)
        {
            var request = await AddressedAsync(command.EnterpriseId, command.RequestId, tracked: false, ct);
            if (request is null) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            var quote = await db.Quotes.FirstOrDefaultAsync(q => q.QuoteRequestId == request.Id && q.EnterpriseId == command.EnterpriseId, ct);
            if (quote is null) db.Quotes.Add(quote = new Quote(request.Id, command.EnterpriseId, command.MemberId, now));
            var form = command.Form;
            quote.Price(request, form.Prices, form.DeliveryDate!.Value, form.ValidUntil!.Value, form.Note, KoreaTime.Today(clock), now);
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> Handle(Respond command, CancellationToken ct)
        {
            if (await OrderAsync(command.EnterpriseId, command.OrderId, ct) is not { } order) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            if (command.Decision == Decision.Confirm) order.Confirm(now);
            else order.Decline(command.Reason!, now);
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> Handle(Ship command, CancellationToken ct)
        {
            if (await OrderAsync(command.EnterpriseId, command.OrderId, ct) is not { } order) return false;
            order.Ship(command.Quantities, command.Carrier, command.TrackingNumber, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }

        private Task<QuoteRequest?> AddressedAsync(int enterpriseId, int requestId, bool tracked, CancellationToken ct)
        {
            var requests = tracked ? db.QuoteRequests : db.QuoteRequests.AsNoTracking();
            return requests.Include(r => r.Items)
                .FirstOrDefaultAsync(r => r.Id == requestId && r.Recipients.Any(x => x.EnterpriseId == enterpriseId), ct);
        }

        private Task<PurchaseOrder?> OrderAsync(int enterpriseId, int orderId, CancellationToken ct) =>
            new Marketplace.Web.Features.Procurement.Orders.OrderScope(EnterpriseId: enterpriseId).Apply(db.PurchaseOrders).Include(o => o.Lines)
                .FirstOrDefaultAsync(o => o.Id == orderId, ct);
    }
}
