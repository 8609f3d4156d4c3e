using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Profile;

public static partial class StorefrontProfile
{
    public sealed record Save(int EnterpriseId, Form Form) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Save>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(s => s.Form.Story).MaximumLength(4000).WithMessage(_ => texts["Checkout.TooLong", 4000]);
            RuleFor(s => s.Form.StoryEn).MaximumLength(4000).WithMessage(_ => texts["Checkout.TooLong", 4000]);
            RuleFor(s => s.Form.SocialMission).MaximumLength(500).WithMessage(_ => texts["Checkout.TooLong", 500]);
            RuleFor(s => s.Form.SocialMissionEn).MaximumLength(500).WithMessage(_ => texts["Checkout.TooLong", 500]);
        }
    }

    public sealed class SaveHandler(MarketplaceDbContext db) : IRequestHandler<Save, Unit>
    {
        public async Task<Unit> Handle(Save command, CancellationToken ct)
        {
            var e = await db.Enterprises.FirstAsync(x => x.Id == command.EnterpriseId, ct);
            var f = command.Form;
            e.DescribeStory(f.SocialMission.Trim(), f.SocialMissionEn.Trim(), f.Story.Trim(), f.StoryEn.Trim());
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
