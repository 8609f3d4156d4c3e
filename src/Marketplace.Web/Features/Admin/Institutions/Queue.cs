using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Institutions;

public static partial class InstitutionReview
{
    public sealed record QueueQuery : IRequest<IReadOnlyList<Item>>;

    /// <summary>A registration as the operator verifies it.</summary>
    public sealed class Item
    {
        public int Id { get; init; }
        public Domain.Institutions.BuyerKind Kind { get; init; }
        public string Name { get; init; } = "";
        public string InstitutionCode { get; init; } = "";
        public string RegistrationNumber { get; init; } = "";
        public Region Region { get; init; }
        public string Address { get; init; } = "";
        public string ContactName { get; init; } = "";
        public string ContactPhone { get; init; } = "";
    }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile() => CreateProjection<Institution, Item>();
    }

    public sealed class QueueHandler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<QueueQuery, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Institutions.AsNoTracking().Where(i => i.Status == ApprovalStatus.Pending).OrderBy(i => i.CreatedAtUtc).Take(200)
                .ProjectTo<Item>(mapping).ToListAsync(ct);
    }
}
