using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Enterprises;

/// <summary><c>/admin/enterprises</c>: applications waiting for the operator, approved or rejected
/// with a reason; each decision is written to the audit log in the same transaction.</summary>
public static class EnterpriseReview
{
    public sealed record QueueQuery : IRequest<IReadOnlyList<Item>>;

    /// <summary>An application as the operator reviews it.</summary>
    public sealed class Item
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public EnterpriseType Type { get; init; }
        public Region Region { get; init; }
        public string RegistrationNumber { get; init; } = "";
        public string? RepresentativeName { get; init; }
        public string? CertificationNumber { get; init; }
        public DateOnly? CertificationExpiresOn { get; init; }
        public SettlementAccount? SettlementAccount { get; init; }
        public bool HasDocument { get; init; }
    }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile() => CreateProjection<Enterprise, Item>().ForMember(d => d.HasDocument, o => o.MapFrom(e => e.DocumentKey != null));
    }

    public sealed record Decide(string ActorId, int EnterpriseId, Decision Decision, string? Reason) : IRequest<bool>, ITransactional, IChangesCatalog, IDecision;

    public sealed class Validator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping)
        : IRequestHandler<QueueQuery, IReadOnlyList<Item>>, IRequestHandler<Decide, bool>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Pending).OrderBy(e => e.CreatedAtUtc).Take(200)
                .ProjectTo<Item>(mapping).ToListAsync(ct);

        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == command.EnterpriseId, ct);
            if (enterprise is null) return false;
            if (command.Decision == Decision.Approve) enterprise.Approve();
            else enterprise.Reject(command.Reason!);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
