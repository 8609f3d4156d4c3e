using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Listings;

public static partial class ListingReview
{
    /// <param name="Revision">The listing's revision the operator saw on the review page.</param>
    public sealed record Decide(string ActorId, int ProductId, bool IsChange, int Revision, Decision Decision, string? Reason) : IRequest<bool>, ITransactional, IChangesCatalog, IDecision;

    public sealed class Validator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class DecideHandler(MarketplaceDbContext db) : IRequestHandler<Decide, bool>
    {
        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var product = await db.Products.Include(p => p.Enterprise).FirstOrDefaultAsync(p => p.Id == command.ProductId, ct);
            if (product is null) return false;
            switch (command.IsChange, command.Decision)
            {
                case (false, Decision.Approve): product.Publish(product.Enterprise, command.Revision); break;
                case (false, Decision.Reject): product.Reject(command.Reason!); break;
                case (true, Decision.Approve): product.ApproveChange(command.Revision); break;
                case (true, Decision.Reject): product.RejectChange(command.Reason!); break;
            }
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
