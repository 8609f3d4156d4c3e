using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Reviews;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Reviews;

/// <summary>The operator hides a review with a reason (audited, and shown to the author); it leaves the product's
/// average in the same transaction.</summary>
public static class HideReview
{
    public sealed record Command(int ReviewId, string? Reason) : IRequest<bool>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithMessage(_ => texts["Review.HideReasonRequired"]);
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == command.ReviewId, ct);
            if (review is null) return false;
            review.Hide(command.Reason!, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            await Ratings.RemoveAsync(db, review.ProductId, review.Rating, ct);
            return true;
        }
    }
}
