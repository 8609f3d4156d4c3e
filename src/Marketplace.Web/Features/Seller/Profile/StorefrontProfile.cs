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

/// <summary><c>/seller/profile</c>: the story, social mission and social-value figures shown on
/// <c>/enterprises/{id}</c>.</summary>
public static class StorefrontProfile
{
    public sealed class Form
    {
        public string Story { get; set; } = "";
        public string StoryEn { get; set; } = "";
        public string SocialMission { get; set; } = "";
        public string SocialMissionEn { get; set; } = "";
        public int VulnerableGroupJobs { get; set; }
        public int TotalJobs { get; set; }
        public long CarbonReducedKg { get; set; }
        public long SocialValueWon { get; set; }
    }

    public sealed record Query(int EnterpriseId) : IRequest<Form>;

    public sealed record Save(int EnterpriseId, Form Form) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Save>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(s => s.Form.Story).MaximumLength(4000).WithMessage(_ => texts["Checkout.TooLong", 4000]);
            RuleFor(s => s.Form.StoryEn).MaximumLength(4000).WithMessage(_ => texts["Checkout.TooLong", 4000]);
            RuleFor(s => s.Form.SocialMission).MaximumLength(500).WithMessage(_ => texts["Checkout.TooLong", 500]);
            RuleFor(s => s.Form.SocialMissionEn).MaximumLength(500).WithMessage(_ => texts["Checkout.TooLong", 500]);
            RuleFor(s => s.Form.TotalJobs).InclusiveBetween(0, 1_000_000).WithMessage(_ => texts["Profile.FigureInvalid"]);
            RuleFor(s => s.Form.VulnerableGroupJobs).InclusiveBetween(0, 1_000_000).WithMessage(_ => texts["Profile.FigureInvalid"])
                .LessThanOrEqualTo(s => s.Form.TotalJobs).WithMessage(_ => texts["Profile.JobsExceedTotal"]);
            RuleFor(s => s.Form.CarbonReducedKg).InclusiveBetween(0, 1_000_000_000).WithMessage(_ => texts["Profile.FigureInvalid"]);
            RuleFor(s => s.Form.SocialValueWon).InclusiveBetween(0, 1_000_000_000_000).WithMessage(_ => texts["Profile.FigureInvalid"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Form>, IRequestHandler<Save, Unit>
    {
        public async Task<Form> Handle(Query query, CancellationToken ct)
        {
            var e = await db.Enterprises.AsNoTracking().FirstAsync(x => x.Id == query.EnterpriseId, ct);
            return new Form
            {
                Story = e.Story, StoryEn = e.StoryEn, SocialMission = e.SocialMission, SocialMissionEn = e.SocialMissionEn,
                VulnerableGroupJobs = e.SocialValue.VulnerableGroupJobs, TotalJobs = e.SocialValue.TotalJobs,
                CarbonReducedKg = e.SocialValue.CarbonReducedKg, SocialValueWon = e.SocialValue.SocialValueWon,
            };
        }

        public async Task<Unit> Handle(Save command, CancellationToken ct)
        {
            var e = await db.Enterprises.FirstAsync(x => x.Id == command.EnterpriseId, ct);
            var f = command.Form;
            e.DescribeStory(f.SocialMission.Trim(), f.SocialMissionEn.Trim(), f.Story.Trim(), f.StoryEn.Trim());
            e.ReportSocialValue(new SocialValue(f.VulnerableGroupJobs, f.TotalJobs, f.CarbonReducedKg, f.SocialValueWon));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}

/// <summary>The storefront's logo, from an upload checked and thumbnailed like listing photos.</summary>
public static class StorefrontLogo
{
    public sealed record Set(int EnterpriseId, IFormFile? File) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Handler(MarketplaceDbContext db, Infrastructure.Storage.ImageStore images, IStringLocalizer<Texts> texts) : IRequestHandler<Set, Unit>
    {
        public async Task<Unit> Handle(Set command, CancellationToken ct)
        {
            var (refusal, url) = await images.SaveAsync(command.File, ct);
            if (refusal != Infrastructure.Storage.ImageStore.Refusal.None)
                throw InputValidationException.For("File", texts[$"Upload.Image.{refusal}", Infrastructure.Storage.ImageStore.MaxBytes / 1024 / 1024]);
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == command.EnterpriseId, ct);
            enterprise.SetLogo(url);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
