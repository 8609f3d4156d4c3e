using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Procurement.Quotes;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    /// <param name="MySupplyWon">The answer's totals as the buyer's comparison adds them up.</param>
    public sealed record RequestDetail(QuoteRequestView Request, string InstitutionName, QuoteView? MyQuote, bool TakesAnswers,
        string? MyDeclineReason = null, long MySupplyWon = 0, long MyVatWon = 0,
        IReadOnlyList<Web.Features.Procurement.Documents.DocumentScope.Link>? Documents = null,
        IReadOnlyList<Web.Features.Procurement.Attachments.QuoteAttachments.Item>? Attachments = null);

    public sealed record RequestQuery(int EnterpriseId, int RequestId) : IRequest<RequestDetail?>;

    public sealed class RequestHandler(MarketplaceDbContext db, AutoMapper.IMapper mapper, TimeProvider clock) : IRequestHandler<RequestQuery, RequestDetail?>
    {
        public async Task<RequestDetail?> Handle(RequestQuery query, CancellationToken ct)
        {
            var request = await AddressedAsync(db, query.EnterpriseId, query.RequestId, tracked: false, ct);
            if (request is null) return null;
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == request.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var mine = await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.QuoteRequestId == request.Id && q.EnterpriseId == query.EnterpriseId, ct);
            var declined = request.Recipients.Single(r => r.EnterpriseId == query.EnterpriseId).DeclineReason;
            return new RequestDetail(mapper.Map<QuoteRequestView>(request), institution, mine is null ? null : mapper.Map<QuoteView>(mine),
                request.TakesAnswersOn(KoreaTime.Today(clock)) && declined is null, declined,
                mine?.SupplyWon(request) ?? 0, mine?.VatWon(request) ?? 0,
                await Web.Features.Procurement.Documents.DocumentScope.ListAsync(db, new Web.Features.Procurement.Orders.OrderScope(EnterpriseId: query.EnterpriseId), null, request.Id, ct),
                await Web.Features.Procurement.Attachments.QuoteAttachments.ListAsync(db, request.Id, query.EnterpriseId, ct));
        }
    }
}
