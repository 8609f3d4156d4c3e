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
    public sealed record Add(int EnterpriseId, int ProductId, IFormFile? File) : IRequest<bool>, ITransactional, IChangesCatalog;

    public sealed class AddHandler(MarketplaceDbContext db, ImageStore images, IStringLocalizer<Texts> texts) : IRequestHandler<Add, bool>
    {
        public async Task<bool> Handle(Add command, CancellationToken ct)
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == command.ProductId && p.EnterpriseId == command.EnterpriseId, ct);
            if (product is null) return false;
            var (refusal, url) = await images.SaveAsync(command.File, ct);
            if (refusal != ImageStore.Refusal.None)
                throw InputValidationException.For("File", texts[$"Upload.Image.{refusal}", ImageStore.MaxBytes / 1024 / 1024]);
            product.AddImage(url!);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
