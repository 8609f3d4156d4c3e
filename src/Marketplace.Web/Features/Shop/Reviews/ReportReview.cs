using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Reviews;

/// <summary>Any member may report an abusive review to the operator, once per review.</summary>
public static class ReportReview
{
    public sealed record Command(string MemberId, int ReviewId, string? Reason) : IRequest<int?>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReviewReport.MaxReasonLength).WithMessage(_ => texts["Review.ReportReasonRequired", ReviewReport.MaxReasonLength]);
    }

    /// <returns>The reviewed product, to go back to; null when there is no such review.</returns>
    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, int?>
    {
        public async Task<int?> Handle(Command command, CancellationToken ct)
        {
            var productId = await db.Reviews.Where(r => r.Id == command.ReviewId && r.HiddenAtUtc == null).Select(r => (int?)r.ProductId).FirstOrDefaultAsync(ct);
            if (productId is null) return null;
            if (await db.ReviewReports.AnyAsync(r => r.ReviewId == command.ReviewId && r.MemberId == command.MemberId, ct))
                throw new DomainException(ErrorCodes.AlreadyReported);
            db.ReviewReports.Add(new ReviewReport(command.ReviewId, command.MemberId, command.Reason!, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return productId;
        }
    }
}
