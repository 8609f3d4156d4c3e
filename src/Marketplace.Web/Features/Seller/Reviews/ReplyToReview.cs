using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Reviews;

/// <summary>The enterprise answers a review of its own product, once.</summary>
public static class ReplyToReview
{
    public sealed record Command(int EnterpriseId, int ReviewId, string? Text) : IRequest<bool>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Text).NotEmpty().MaximumLength(Review.MaxReplyLength).WithMessage(_ => texts["Error.ReplyLength", Review.MaxReplyLength]);
    }

    /// <returns>False when the review is not of one of the enterprise's products.</returns>
    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == command.ReviewId
                && db.Products.Any(p => p.Id == r.ProductId && p.EnterpriseId == command.EnterpriseId), ct);
            if (review is null) return false;
            review.Answer(command.Text!, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
