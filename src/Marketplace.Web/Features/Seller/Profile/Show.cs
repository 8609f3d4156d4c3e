using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Profile;

/// <summary><c>/seller/profile</c>: the story and social mission shown on
/// <c>/enterprises/{id}</c>.</summary>
public static partial class StorefrontProfile
{
    public sealed class Form
    {
        public string Story { get; set; } = "";
        public string StoryEn { get; set; } = "";
        public string SocialMission { get; set; } = "";
        public string SocialMissionEn { get; set; } = "";
    }

    public sealed record Query(int EnterpriseId) : IRequest<Form>;


    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Form>
    {
        public async Task<Form> Handle(Query query, CancellationToken ct)
        {
            var e = await db.Enterprises.AsNoTracking().FirstAsync(x => x.Id == query.EnterpriseId, ct);
            return new Form
            {
                Story = e.Story, StoryEn = e.StoryEn, SocialMission = e.SocialMission, SocialMissionEn = e.SocialMissionEn,
            };
        }
    }
}
