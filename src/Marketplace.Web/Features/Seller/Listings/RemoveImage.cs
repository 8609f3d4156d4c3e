using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Listings;

public static partial class ListingImages
{
    public sealed record Remove(int EnterpriseId, int ProductId, string Url) : IRequest<bool>, ITransactional, IChangesCatalog;

    public sealed class RemoveHandler(MarketplaceDbContext db, ImageStore images) : IRequestHandler<Remove, bool>
    {
        public async Task<bool> Handle(Remove command, CancellationToken ct)
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == command.ProductId && p.EnterpriseId == command.EnterpriseId, ct);
            if (product is null || !product.RemoveImage(command.Url)) return false;
            await db.SaveChangesAsync(ct);
            // A copied listing shares its photos: the file goes only when nothing points at it any more.
            if (!await StoredFiles.IsImageUsedAsync(db, command.Url, ct)) await images.DeleteAsync(command.Url, ct);
            return true;
        }
    }
}
