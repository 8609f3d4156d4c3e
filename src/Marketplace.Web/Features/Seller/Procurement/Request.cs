using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Procurement.Quotes;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    public sealed record RequestDetail(QuoteRequestView Request, string InstitutionName, QuoteView? MyQuote, bool TakesAnswers);

    public sealed record RequestQuery(int EnterpriseId, int RequestId) : IRequest<RequestDetail?>;

    public sealed class RequestHandler(MarketplaceDbContext db, AutoMapper.IMapper mapper, TimeProvider clock) : IRequestHandler<RequestQuery, RequestDetail?>
    {
        public async Task<RequestDetail?> Handle(RequestQuery query, CancellationToken ct)
        {
            var request = await AddressedAsync(db, query.EnterpriseId, query.RequestId, tracked: false, ct);
            if (request is null) return null;
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == request.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var mine = await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.QuoteRequestId == request.Id && q.EnterpriseId == query.EnterpriseId, ct);
            return new RequestDetail(mapper.Map<QuoteRequestView>(request), institution, mine is null ? null : mapper.Map<QuoteView>(mine), request.TakesAnswersOn(KoreaTime.Today(clock)));
        }
    }
}
