using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Listings;

public static partial class Listings
{
    public enum Action { Submit, Copy, Archive }

    /// <summary>Answers the id of the listing to show next (the copy, for <see cref="Action.Copy"/>), or null if not found.</summary>
    public sealed record Act(int EnterpriseId, int ProductId, Action Action) : IRequest<int?>, ITransactional, IChangesCatalog;

    public sealed class ActHandler(MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Act, int?>
    {
        public async Task<int?> Handle(Act command, CancellationToken ct)
        {
            var product = await db.Products.Include(p => p.Tags)
                .FirstOrDefaultAsync(p => p.Id == command.ProductId && p.EnterpriseId == command.EnterpriseId, ct);
            if (product is null) return null;
            switch (command.Action)
            {
                case Action.Submit:
                    product.SubmitForReview();
                    break;
                case Action.Archive:
                    product.Archive();
                    break;
                case Action.Copy:
                    var copy = product.CopyAsDraft(texts["Listing.CopySuffix"], clock.GetUtcNow().UtcDateTime);
                    copy.SetSku(null);
                    db.Products.Add(copy);
                    await db.SaveChangesAsync(ct);
                    return copy.Id;
            }
            await db.SaveChangesAsync(ct);
            return product.Id;
        }
    }
}
