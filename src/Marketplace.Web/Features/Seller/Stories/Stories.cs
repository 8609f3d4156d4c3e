using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Stories;

/// <summary><c>/seller/stories</c>: the enterprise's impact stories and where each stands with the operator.</summary>
public static class MyStories
{
    public sealed record Row(int Id, string Title, string Body, string? PhotoUrl, ApprovalStatus Status, string? RejectionReason, DateTime CreatedAtUtc);

    public sealed record Query(int EnterpriseId) : IRequest<IReadOnlyList<Row>>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct) =>
            await db.ImpactStories.AsNoTracking().Where(s => s.EnterpriseId == query.EnterpriseId).OrderByDescending(s => s.CreatedAtUtc)
                .Select(s => new Row(s.Id, s.Title, s.Body, s.PhotoUrl, s.Status, s.RejectionReason, s.CreatedAtUtc)).ToListAsync(ct);
    }
}

/// <summary>Writes a new story, or rewrites one of the enterprise's own; either waits for the operator.
/// The photo is checked like a listing photo before anything is written.</summary>
public static class SaveStory
{
    public sealed record Command(int EnterpriseId, int? StoryId, string Title, string Body, IFormFile? Photo) : IRequest<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Title).Must(t => t.Trim().Length is > 0 and <= ImpactStory.TitleMax).WithMessage(_ => texts["Error.StoryInvalid"]);
            RuleFor(c => c.Body).Must(b => b.Trim().Length is >= ImpactStory.BodyMin and <= ImpactStory.BodyMax).WithMessage(_ => texts["Error.StoryInvalid"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, ImageStore images, IStringLocalizer<Texts> texts, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            ImpactStory? story = null;
            if (command.StoryId is { } id && (story = await db.ImpactStories.FirstOrDefaultAsync(s => s.Id == id && s.EnterpriseId == command.EnterpriseId, ct)) is null)
                return false;
            string? photo = story?.PhotoUrl;
            if (command.Photo is { Length: > 0 })
            {
                var (refusal, url) = await images.SaveAsync(command.Photo, ct);
                if (refusal != ImageStore.Refusal.None)
                    throw InputValidationException.For("Photo", texts[$"Upload.Image.{refusal}", ImageStore.MaxBytes / 1024 / 1024]);
                photo = url;
            }
            if (story is null) db.ImpactStories.Add(new ImpactStory(command.EnterpriseId, command.Title, command.Body, photo, clock.GetUtcNow().UtcDateTime));
            else story.Rewrite(command.Title, command.Body, photo);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
