using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Features.Procurement.Quotes;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    public sealed class QuoteForm
    {
        /// <summary>Unit supply price (VAT excluded) by request item id.</summary>
        public Dictionary<int, long> Prices { get; set; } = [];
        public DateOnly? DeliveryDate { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public string Note { get; set; } = "";
    }

    public sealed record SubmitQuote(int EnterpriseId, string MemberId, int RequestId, QuoteForm Form) : IRequest<bool>, ITransactional;

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

    public sealed class SubmitQuoteHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<SubmitQuote, bool>
    {
        /// <summary>Answers a request, or revises the answer while the request still takes answers.</summary>
        public async Task<bool> Handle(SubmitQuote command, CancellationToken ct)
        {
            // An answer waits for an accept in progress, then finds the request closed.
            if (!await QuoteRequestLock.TakeAsync(db.QuoteRequests.Where(r => r.Id == command.RequestId
                    && r.Recipients.Any(x => x.EnterpriseId == command.EnterpriseId)), ct))
                return false;
            var request = await AddressedAsync(db, command.EnterpriseId, command.RequestId, tracked: false, ct);
            if (request is null) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            var quote = await db.Quotes.FirstOrDefaultAsync(q => q.QuoteRequestId == request.Id && q.EnterpriseId == command.EnterpriseId, ct);
            if (quote is null) db.Quotes.Add(quote = new Quote(request.Id, command.EnterpriseId, command.MemberId, now));
            var form = command.Form;
            quote.Price(request, form.Prices, form.DeliveryDate!.Value, form.ValidUntil!.Value, form.Note, KoreaTime.Today(clock), now);
            var enterprise = await db.Enterprises.Where(e => e.Id == command.EnterpriseId).Select(e => new { e.Name, e.NameEn }).FirstAsync(ct);
            await mail.ToMemberAsync(request.BuyerId, MailTopic.Procurement, "QuoteAnswered", $"/procurement/quotes/{request.Id}",
                [request.Number, request.Title, (Func<string, string>)(culture => culture == "en" && enterprise.NameEn.Length > 0 ? enterprise.NameEn : enterprise.Name)], ct);
            await db.SaveChangesAsync(ct);
            await Web.Features.Procurement.Documents.IssueDocument.QuoteAsync(db, quote, request, ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
