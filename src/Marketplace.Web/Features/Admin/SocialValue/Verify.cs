using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.SocialValue;

/// <summary>The operator marks a year's figures as verified, or takes the mark back; the audit log keeps who did.</summary>
public static class Verify
{
    public sealed record Command(int FiguresId, string OperatorId, bool Verified) : IRequest<bool>, ITransactional, IChangesCatalog;

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var year = await db.SocialValueYears.FirstOrDefaultAsync(y => y.Id == command.FiguresId, ct);
            if (year is null) return false;
            if (command.Verified) year.Verify(command.OperatorId, clock.GetUtcNow().UtcDateTime);
            else year.Unverify();
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
