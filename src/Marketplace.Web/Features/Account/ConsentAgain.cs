using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Legal;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/consent</c>: after the operator published a version that asks for consent again, a member
/// who has not agreed to it is shown it at sign-in, and the answer is kept with that version.</summary>
public static class ConsentAgain
{
    public sealed record Query(string MemberId) : IRequest<IReadOnlyList<Policies.Version>>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Policies.Version>>
    {
        public async Task<IReadOnlyList<Policies.Version>> Handle(Query query, CancellationToken ct)
        {
            var needed = new List<Policies.Version>();
            foreach (var kind in new[] { PolicyKind.Terms, PolicyKind.Privacy })
            {
                var required = await Policies.RequiredVersionAsync(db, kind, ct);
                var item = Policies.ItemOf(kind);
                var agreed = await db.Consents.Where(c => c.MemberId == query.MemberId && c.Item == item && c.Agreed)
                    .MaxAsync(c => (int?)c.Version, ct) ?? 0;
                // Members from before consents were kept (agreed = 0) are asked only once a version asks again.
                if (agreed < required && required > 1) needed.Add(await Policies.CurrentAsync(db, kind, ct));
            }
            return needed;
        }
    }

    /// <param name="Agreed">The kinds ticked on the page, each with the version shown.</param>
    public sealed record Command(string MemberId, IReadOnlyDictionary<PolicyKind, int> Agreed) : IRequest<Unit>, ITransactional;

    public sealed class CommandHandler(MarketplaceDbContext db, IMediator mediator, TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var needed = await mediator.Send(new Query(command.MemberId), ct);
            // Every changed document, at the version the page showed; a version published meanwhile is asked for again.
            if (needed.Any(v => !command.Agreed.TryGetValue(v.Kind, out var shown) || shown != v.Number))
                throw InputValidationException.For("", texts["Consent.AgainRequired"]);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var version in needed) db.Consents.Add(new Consent(command.MemberId, Policies.ItemOf(version.Kind), version.Number, true, now));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
