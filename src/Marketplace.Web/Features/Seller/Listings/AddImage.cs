using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Listings;

public static partial class ListingImages
{
    /// <summary>Not transactional: the picture is checked and thumbnailed before anything is written, and
    /// the one save that follows needs no transaction of its own, so no write lock waits on the image.</summary>
    public sealed record Add(int EnterpriseId, int ProductId, IFormFile? File) : IRequest<bool>, IChangesCatalog;

    public sealed class AddHandler(MarketplaceDbContext db, ImageStore images, IStringLocalizer<Texts> texts) : IRequestHandler<Add, bool>
    {
        public async Task<bool> Handle(Add command, CancellationToken ct)
        {
            if (!await db.Products.AnyAsync(p => p.Id == command.ProductId && p.EnterpriseId == command.EnterpriseId, ct)) return false;
            var (refusal, url) = await images.SaveAsync(command.File, ct);
            if (refusal != ImageStore.Refusal.None)
                throw InputValidationException.For("File", texts[$"Upload.Image.{refusal}", ImageStore.MaxBytes / 1024 / 1024]);
            try
            {
                var product = await db.Products.FirstAsync(p => p.Id == command.ProductId, ct);
                product.AddImage(url!);
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch
            {
                await images.DeleteAsync(url, CancellationToken.None); // refused (ten photos already) or not saved: nothing points at it
                throw;
            }
        }
    }
}
