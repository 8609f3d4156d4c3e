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
            var product = await db.Products.Include(p => p.Tags).Include(p => p.Category).Include(p => p.Options)
                .FirstOrDefaultAsync(p => p.Id == command.ProductId && p.EnterpriseId == command.EnterpriseId, ct);
            if (product is null) return null;
            switch (command.Action)
            {
                case Action.Submit:
                    // A category with a notified kind: every item of the chosen kind stated first (상품정보제공고시).
                    var required = product.Category.NoticeTemplateId is not null;
                    var notice = product.NoticeTemplateId is { } kind ? await db.NoticeTemplates.FindAsync([kind], ct) : null;
                    if (required && (notice is null || product.MissingNoticeItems(notice) is { Count: > 0 }))
                        throw InputValidationException.For("", notice is null ? texts["Listing.NoticeKindMissing"]
                            : texts["Listing.NoticeItemsMissing", string.Join(", ", product.MissingNoticeItems(notice))]);
                    product.SubmitForReview(required, notice);
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
