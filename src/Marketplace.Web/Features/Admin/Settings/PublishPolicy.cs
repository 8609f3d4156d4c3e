using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Web.Features.Legal;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Settings;

/// <summary><c>/admin/settings/policies</c>: the current terms and privacy policy, and a new version of either.
/// A version is never edited; a new one takes effect at once, and one that asks for consent again is shown
/// to every member at their next sign-in.</summary>
public static class PolicyEditor
{
    public sealed record Query : IRequest<Model>;

    public sealed record Model(Policies.Version Terms, Policies.Version Privacy);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct) =>
            new(await Policies.CurrentAsync(db, PolicyKind.Terms, ct), await Policies.CurrentAsync(db, PolicyKind.Privacy, ct));
    }

    public sealed record Publish(string ActorId, PolicyKind Kind, string Body, string BodyEn, bool AsksConsentAgain) : IRequest<int>, ITransactional;

    public sealed class Validator : AbstractValidator<Publish>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(p => p.Kind).IsInEnum();
            RuleFor(p => p.Body).NotEmpty().WithMessage(_ => texts["Policy.BodyRequired"]).MaximumLength(40_000).WithMessage(_ => texts["Checkout.TooLong", 40_000]);
            RuleFor(p => p.BodyEn).NotEmpty().WithMessage(_ => texts["Policy.BodyRequired"]).MaximumLength(40_000).WithMessage(_ => texts["Checkout.TooLong", 40_000]);
        }
    }

    public sealed class PublishHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Publish, int>
    {
        public async Task<int> Handle(Publish command, CancellationToken ct)
        {
            var current = await Policies.CurrentAsync(db, command.Kind, ct);
            // The shipped text becomes version 1 in the table first, so every version members agreed to stays readable.
            if (!current.IsStored)
                db.PolicyDocuments.Add(new PolicyDocument(command.Kind, 1, current.Body, current.BodyEn, false, Policies.ShippedAtUtc, Infrastructure.Audit.AuditTrail.System));
            var version = new PolicyDocument(command.Kind, current.Number + 1, command.Body, command.BodyEn, command.AsksConsentAgain,
                clock.GetUtcNow().UtcDateTime, command.ActorId);
            db.PolicyDocuments.Add(version);
            await db.SaveChangesAsync(ct);
            return version.Version;
        }
    }
}
