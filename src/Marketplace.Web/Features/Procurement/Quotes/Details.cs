using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Admin.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Quotes;

public static partial class QuoteRequests
{
    public sealed record Answer(QuoteView Quote, string EnterpriseName, EnterpriseType EnterpriseType, CertificationState Certification,
        DateOnly? CertificationExpiresOn, long SupplyWon, long VatWon, SviGrade? SviGrade = null, int? SviYear = null)
    {
        public long TotalWon => SupplyWon + VatWon;
        public bool LowSvi => SviGrade is { } grade && grade.IsBelowPublicPurchasing();
    }

    /// <param name="DeclineReason">Set when the enterprise said it will not quote, and why.</param>
    public sealed record Recipient(int EnterpriseId, string Name, string? DeclineReason);

    public sealed record Comparison(QuoteRequestView Request, IReadOnlyList<Recipient> Recipients,
        IReadOnlyList<Answer> Answers, long CapWon, DateOnly Today, int? OrderId, LowSviRule SviRule = LowSviRule.WarnWithReason,
        IReadOnlyList<Documents.DocumentScope.Link>? Documents = null, IReadOnlyList<Attachments.QuoteAttachments.Item>? Attachments = null)
    {
        /// <summary>The lowest total among answers that can still be accepted.</summary>
        public int? LowestQuoteId => Answers.Where(a => a.Quote.ValidUntil >= Today).OrderBy(a => a.TotalWon).Select(a => (int?)a.Quote.Id).FirstOrDefault();
    }

    public sealed record DetailQuery(int InstitutionId, int RequestId) : IRequest<Comparison?>;

    public sealed class DetailHandler(MarketplaceDbContext db, PlatformSettings settings, AutoMapper.IMapper mapper, TimeProvider clock) : IRequestHandler<DetailQuery, Comparison?>
    {
        public async Task<Comparison?> Handle(DetailQuery query, CancellationToken ct)
        {
            var request = await db.QuoteRequests.AsNoTracking().Include(r => r.Items)
                .FirstOrDefaultAsync(r => r.Id == query.RequestId && r.InstitutionId == query.InstitutionId, ct);
            if (request is null) return null;
            var today = KoreaTime.Today(clock);
            var recipientIds = request.Recipients.Select(r => r.EnterpriseId).ToList();
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => recipientIds.Contains(e.Id))
                .Select(e => new { e.Id, e.Name, e.Type, e.CertificationExpiresOn, e.SviGrade, e.SviYear }).ToDictionaryAsync(e => e.Id, ct);
            var quotes = await db.Quotes.AsNoTracking().Where(q => q.QuoteRequestId == request.Id).ToListAsync(ct);
            var answers = quotes.Select(q =>
            {
                var e = enterprises[q.EnterpriseId];
                return new Answer(mapper.Map<QuoteView>(q), e.Name, e.Type, Certification.StateOn(e.CertificationExpiresOn, today), e.CertificationExpiresOn,
                    q.SupplyWon(request), q.VatWon(request), e.SviGrade, e.SviYear);
            }).OrderBy(a => a.TotalWon).ToList();
            var orderId = await db.PurchaseOrders.Where(o => o.QuoteId != null && quotes.Select(q => q.Id).Contains(o.QuoteId.Value))
                .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            return new Comparison(mapper.Map<QuoteRequestView>(request),
                request.Recipients.Select(r => new Recipient(r.EnterpriseId, enterprises[r.EnterpriseId].Name, r.DeclineReason)).ToList(), answers,
                (long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct), today, orderId, await settings.GetLowSviRuleAsync(ct),
                await Documents.DocumentScope.ListAsync(db, new Orders.OrderScope(InstitutionId: query.InstitutionId), null, request.Id, ct),
                await Attachments.QuoteAttachments.ListAsync(db, request.Id, null, ct));
        }
    }
}
