using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Notices;

/// <summary>The operator decides which kind of notice a category's listings must state before review (none: not required).</summary>
public static class AssignNoticeKind
{
    public sealed record Command(string Category, int? NoticeTemplateId) : IRequest<bool>, ITransactional;

    public sealed class Handler(MarketplaceDbContext db, IStringLocalizer<Texts> texts) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var category = await db.Categories.FirstOrDefaultAsync(c => c.Slug == command.Category, ct);
            if (category is null) return false;
            if (command.NoticeTemplateId is { } id && !await db.NoticeTemplates.AnyAsync(t => t.Id == id, ct))
                throw InputValidationException.For("", texts["Listing.NoticeKindUnknown"]);
            category.RequireNotice(command.NoticeTemplateId);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
