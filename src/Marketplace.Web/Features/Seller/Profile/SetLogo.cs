using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Profile;

/// <summary>The storefront's logo, from an upload checked and thumbnailed like listing photos.</summary>
public static class StorefrontLogo
{
    /// <summary>Not transactional, like a listing photo: the picture is checked before anything is written.</summary>
    public sealed record Set(int EnterpriseId, IFormFile? File) : IRequest<Unit>, IChangesCatalog;

    public sealed class Handler(MarketplaceDbContext db, Infrastructure.Storage.ImageStore images, IStringLocalizer<Texts> texts) : IRequestHandler<Set, Unit>
    {
        public async Task<Unit> Handle(Set command, CancellationToken ct)
        {
            var (refusal, url) = await images.SaveAsync(command.File, ct);
            if (refusal != Infrastructure.Storage.ImageStore.Refusal.None)
                throw InputValidationException.For("File", texts[$"Upload.Image.{refusal}", Infrastructure.Storage.ImageStore.MaxBytes / 1024 / 1024]);
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == command.EnterpriseId, ct);
            var previous = enterprise.LogoUrl;
            enterprise.SetLogo(url);
            await db.SaveChangesAsync(ct);
            if (previous is not null && !await Infrastructure.Storage.StoredFiles.IsImageUsedAsync(db, previous, ct)) await images.DeleteAsync(previous, ct);
            return Unit.Value;
        }
    }
}
