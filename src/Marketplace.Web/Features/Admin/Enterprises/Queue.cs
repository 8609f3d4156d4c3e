using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Enterprises;

public static partial class EnterpriseReview
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

    public sealed class QueueHandler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<QueueQuery, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Pending).OrderBy(e => e.CreatedAtUtc).Take(200)
                .ProjectTo<Item>(mapping).ToListAsync(ct);
    }
}
