using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Account;

public static partial class MyAccount
{
    /// <summary>The address checkout fills in first.</summary>
    public sealed record MakeDefaultAddress(string MemberId, int AddressId) : IRequest<bool>, ITransactional;

    public sealed class MakeDefaultAddressHandler(MarketplaceDbContext db) : IRequestHandler<MakeDefaultAddress, bool>
    {
        public async Task<bool> Handle(MakeDefaultAddress command, CancellationToken ct)
        {
            var saved = await db.SavedAddresses.Where(a => a.MemberId == command.MemberId).ToListAsync(ct);
            if (!saved.Any(a => a.Id == command.AddressId)) return false;
            foreach (var a in saved) a.MakeDefault(a.Id == command.AddressId);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
