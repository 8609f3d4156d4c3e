using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Quotes;

/// <summary>견적문의 from the institution's side: a request to several enterprises at once, the answers
/// side by side, and accepting one, which makes the simple contract (간편계약) as a purchase order
/// waiting for internal approval.</summary>
public static class QuoteRequests
{
    public sealed class ItemForm
    {
        public string Name { get; set; } = "";
        public string Specification { get; set; } = "";
        public int Quantity { get; set; }
    }

    public sealed class Form
    {
        public string Title { get; set; } = "";
        public ProductKind Kind { get; set; }
        public string DeliveryPlace { get; set; } = "";
        public DateOnly? DeliveryDate { get; set; }
        public DateOnly? Deadline { get; set; }
        public List<ItemForm> Items { get; set; } = [];
        public List<int> EnterpriseIds { get; set; } = [];
    }

    public sealed record Create(int InstitutionId, string BuyerId, Form Form) : IRequest<int>, ITransactional;

    public sealed record Row(int Id, string Number, string Title, QuoteRequestStatus Status, DateOnly Deadline, int Recipients, int Answers);

    public sealed record ListQuery(int InstitutionId) : IRequest<IReadOnlyList<Row>>;

    public sealed record Answer(Quote Quote, string EnterpriseName, EnterpriseType EnterpriseType, CertificationState Certification,
        DateOnly? CertificationExpiresOn, long SupplyWon, long VatWon)
    {
        public long TotalWon => SupplyWon + VatWon;
    }

    public sealed record Comparison(QuoteRequest Request, IReadOnlyList<(int EnterpriseId, string Name)> Recipients,
        IReadOnlyList<Answer> Answers, long CapWon, DateOnly Today, int? OrderId)
    {
        /// <summary>The lowest total among answers that can still be accepted.</summary>
        public int? LowestQuoteId => Answers.Where(a => a.Quote.ValidUntil >= Today).OrderBy(a => a.TotalWon).Select(a => (int?)a.Quote.Id).FirstOrDefault();
    }

    public sealed record DetailQuery(int InstitutionId, int RequestId) : IRequest<Comparison?>;

    public sealed record Accept(int InstitutionId, string BuyerId, int RequestId, int QuoteId, string? CapReason) : IRequest<int?>, ITransactional;

    public sealed class Validator : AbstractValidator<Create>
    {
        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Form.Title).NotEmpty().WithMessage(_ => texts["Procurement.TitleRequired"]).MaximumLength(200);
            RuleFor(c => c.Form.Kind).IsInEnum();
            OrderRules.DeliveryPlaceAndDate(this, c => c.Form.DeliveryPlace, c => c.Form.DeliveryDate, texts, clock);
            RuleFor(c => c.Form.Deadline).NotNull().WithMessage(_ => texts["Procurement.DeadlineRequired"])
                .Must(d => d is null || d >= KoreaTime.Today(clock)).WithMessage(_ => texts["Procurement.DeadlinePast"]);
            RuleFor(c => c.Form.Items).Must(i => i.Count is > 0 and <= QuoteRequest.MaxItems)
                .WithMessage(_ => texts["Procurement.ItemsRequired", QuoteRequest.MaxItems]);
            RuleForEach(c => c.Form.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.Name).NotEmpty().WithMessage(_ => texts["Procurement.ItemNameRequired"]).MaximumLength(200);
                item.RuleFor(i => i.Specification).MaximumLength(500);
                item.RuleFor(i => i.Quantity).InclusiveBetween(1, 1_000_000).WithMessage(_ => texts["Procurement.QuantityInvalid"]);
            });
            RuleFor(c => c.Form.EnterpriseIds).Must(e => e.Distinct().Count() is > 0 and <= QuoteRequest.MaxRecipients)
                .WithMessage(_ => texts["Procurement.RecipientsRequired", QuoteRequest.MaxRecipients]);
        }
    }

    public sealed class AcceptValidator : AbstractValidator<Accept>
    {
        public AcceptValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.CapReason).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
    }

    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings, TimeProvider clock)
        : IRequestHandler<Create, int>, IRequestHandler<ListQuery, IReadOnlyList<Row>>, IRequestHandler<DetailQuery, Comparison?>,
          IRequestHandler<Accept, int?>
    {
        public async Task<int> Handle(Create command, CancellationToken ct)
        {
            var form = command.Form;
            var recipients = form.EnterpriseIds.Distinct().ToList();
            // Only approved enterprises can be asked; an unknown id is a bad request, not a silent skip.
            var known = await db.Enterprises.CountAsync(e => recipients.Contains(e.Id) && e.Status == ApprovalStatus.Approved, ct);
            if (known != recipients.Count) throw new DomainException(ErrorCodes.EnterpriseNotApproved);
            var request = new QuoteRequest(command.InstitutionId, command.BuyerId, form.Title, form.Kind, form.DeliveryPlace,
                form.DeliveryDate!.Value, form.Deadline!.Value,
                form.Items.Select(i => new QuoteRequestItem(i.Name, i.Specification, i.Quantity)), recipients, clock.GetUtcNow().UtcDateTime);
            db.QuoteRequests.Add(request);
            await db.SaveChangesAsync(ct);
            return request.Id;
        }

        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            var rows = await db.QuoteRequests.AsNoTracking().Where(r => r.InstitutionId == query.InstitutionId)
                .OrderByDescending(r => r.CreatedAtUtc).Take(200)
                .Select(r => new { r.Id, r.CreatedAtUtc, r.Title, r.Status, r.Deadline, Recipients = r.Recipients.Count(),
                    Answers = db.Quotes.Count(q => q.QuoteRequestId == r.Id) })
                .ToListAsync(ct);
            return rows.Select(r => new Row(r.Id, QuoteRequest.NumberOf(r.Id, r.CreatedAtUtc), r.Title, r.Status, r.Deadline,
                r.Recipients, r.Answers)).ToList();
        }

        public async Task<Comparison?> Handle(DetailQuery query, CancellationToken ct)
        {
            var request = await db.QuoteRequests.AsNoTracking().Include(r => r.Items)
                .FirstOrDefaultAsync(r => r.Id == query.RequestId && r.InstitutionId == query.InstitutionId, ct);
            if (request is null) return null;
            var today = KoreaTime.Today(clock);
            var recipientIds = request.Recipients.Select(r => r.EnterpriseId).ToList();
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => recipientIds.Contains(e.Id))
                .Select(e => new { e.Id, e.Name, e.Type, e.CertificationExpiresOn }).ToDictionaryAsync(e => e.Id, ct);
            var quotes = await db.Quotes.AsNoTracking().Where(q => q.QuoteRequestId == request.Id).ToListAsync(ct);
            var answers = quotes.Select(q =>
            {
                var e = enterprises[q.EnterpriseId];
                return new Answer(q, e.Name, e.Type, Certification.StateOn(e.CertificationExpiresOn, today), e.CertificationExpiresOn,
                    q.SupplyWon(request), q.VatWon(request));
            }).OrderBy(a => a.TotalWon).ToList();
            var orderId = await db.PurchaseOrders.Where(o => o.QuoteId != null && quotes.Select(q => q.Id).Contains(o.QuoteId.Value))
                .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            return new Comparison(request, recipientIds.Select(id => (id, enterprises[id].Name)).ToList(), answers,
                (long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct), today, orderId);
        }

        /// <summary>Accepting an answer closes the request, marks the others not chosen and writes the
        /// contract's purchase order for approval. A second accept finds the request closed.</summary>
        public async Task<int?> Handle(Accept command, CancellationToken ct)
        {
            var request = await db.QuoteRequests.Include(r => r.Items)
                .FirstOrDefaultAsync(r => r.Id == command.RequestId && r.InstitutionId == command.InstitutionId, ct);
            if (request is null) return null;
            var quotes = await db.Quotes.Where(q => q.QuoteRequestId == request.Id).ToListAsync(ct);
            if (quotes.FirstOrDefault(q => q.Id == command.QuoteId) is not { } chosen) return null;
            var lines = request.Accept(chosen, quotes, KoreaTime.Today(clock));
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == chosen.EnterpriseId, ct);
            var order = new PurchaseOrder(command.InstitutionId, enterprise, command.BuyerId, PurchaseMethod.SimpleContract, chosen.Id,
                request.DeliveryPlace, chosen.DeliveryDate, lines, clock.GetUtcNow().UtcDateTime);
            order.CheckSingleQuoteCap((long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct), command.CapReason);
            db.PurchaseOrders.Add(order);
            await db.SaveChangesAsync(ct);
            return order.Id;
        }
    }
}
