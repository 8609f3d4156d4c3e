using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Listings;

/// <summary><c>/admin/listings</c>: new listings and changes to published ones, waiting for the operator.</summary>
public static class ListingReview
{
    public sealed record QueueQuery : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string EnterpriseName, string Name, string NameEn, string Description, long Price,
        bool IsChange, ProposedChange? Change);

    public sealed record Decide(string ActorId, int ProductId, bool IsChange, Decision Decision, string? Reason) : IRequest<bool>, ITransactional, IChangesCatalog, IDecision;

    public sealed class Validator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<QueueQuery, IReadOnlyList<Item>>, IRequestHandler<Decide, bool>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Products.AsNoTracking()
                .Where(p => p.Status == ProductStatus.PendingReview || (p.Status == ProductStatus.Published && p.PendingChange != null))
                .OrderBy(p => p.Id).Take(200)
                .Select(p => new Item(p.Id, p.Enterprise.Name, p.Name, p.NameEn, p.Description, p.PriceWon,
                    p.Status == ProductStatus.Published, p.PendingChange))
                .ToListAsync(ct);

        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var product = await db.Products.Include(p => p.Enterprise).FirstOrDefaultAsync(p => p.Id == command.ProductId, ct);
            if (product is null) return false;
            switch (command.IsChange, command.Decision)
            {
                case (false, Decision.Approve): product.Publish(product.Enterprise); break;
                case (false, Decision.Reject): product.Reject(command.Reason!); break;
                case (true, Decision.Approve): product.ApproveChange(); break;
                case (true, Decision.Reject): product.RejectChange(command.Reason!); break;
            }
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
