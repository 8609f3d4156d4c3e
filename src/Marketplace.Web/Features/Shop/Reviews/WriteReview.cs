using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Reviews;

/// <summary>A buyer reviews one line of a delivered order of theirs, once: 1 to 5 stars, 20 to 2,000 characters,
/// up to three photos checked like listing photos. The photos are checked and stored first, outside any
/// transaction; the review and the product's average are then written together (<see cref="Save"/>).</summary>
public static class WriteReview
{
    public sealed class Form
    {
        public int Rating { get; set; }
        public string Text { get; set; } = "";
    }

    public sealed record Command(string MemberId, int OrderId, int OrderLineId, Form Form, IReadOnlyList<IFormFile> Photos) : IRequest<int?>;

    public sealed record Save(Review Review) : IRequest<int>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Rating).InclusiveBetween(1, 5).WithMessage(_ => texts["Error.RatingInvalid"]);
            RuleFor(c => c.Form.Text).Must(t => (t ?? "").Trim().Length is >= Review.MinTextLength and <= Review.MaxTextLength)
                .WithMessage(_ => texts["Error.ReviewTextLength", Review.MinTextLength, Review.MaxTextLength]);
            RuleFor(c => c.Photos.Count).LessThanOrEqualTo(Review.MaxPhotos).WithMessage(_ => texts["Review.TooManyPhotos", Review.MaxPhotos])
                .OverridePropertyName("Photos");
        }
    }

    /// <returns>The review's id; null when the line is not one of the member's orders.</returns>
    public sealed class Handler(MarketplaceDbContext db, ImageStore images, IMediator mediator, TimeProvider clock, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, int?>
    {
        public async Task<int?> Handle(Command command, CancellationToken ct)
        {
            var line = await (from l in db.Set<OrderLine>().AsNoTracking()
                              join o in db.Orders on l.OrderId equals o.Id
                              where l.Id == command.OrderLineId && o.Id == command.OrderId && o.MemberId == command.MemberId
                              select new { l.ProductId, o.Status }).FirstOrDefaultAsync(ct);
            if (line is null) return null;
            if (!Order.ArrivedWith(line.Status)) throw new DomainException(ErrorCodes.NotReviewable, line.Status.ToString());
            if (await db.Reviews.AnyAsync(r => r.OrderLineId == command.OrderLineId, ct)) throw new DomainException(ErrorCodes.AlreadyReviewed);
            var author = await db.Users.Where(u => u.Id == command.MemberId).Select(u => u.DisplayName).FirstAsync(ct);

            var stored = new List<string>();
            try
            {
                foreach (var photo in command.Photos)
                {
                    var (refusal, url) = await images.SaveAsync(photo, ct);
                    if (refusal != ImageStore.Refusal.None)
                        throw InputValidationException.For("Photos", texts[$"Upload.Image.{refusal}", ImageStore.MaxBytes / 1024 / 1024]);
                    stored.Add(url!);
                }
                var review = new Review(line.ProductId, command.OrderLineId, command.MemberId, Review.Mask(author), command.Form.Rating,
                    command.Form.Text, stored, clock.GetUtcNow().UtcDateTime);
                return await mediator.Send(new Save(review), ct);
            }
            catch
            {
                // Refused, or a second review of the line saved at the same moment: nothing points at the photos.
                foreach (var url in stored) await images.DeleteAsync(url, CancellationToken.None);
                throw;
            }
        }
    }

    public sealed class SaveHandler(MarketplaceDbContext db) : IRequestHandler<Save, int>
    {
        public async Task<int> Handle(Save command, CancellationToken ct)
        {
            var review = command.Review;
            db.Reviews.Add(review);
            await db.SaveChangesAsync(ct);
            await Ratings.AddAsync(db, review.ProductId, review.Rating, ct);
            return review.Id;
        }
    }
}
