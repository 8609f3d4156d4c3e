using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Account;

public static partial class MyAccount
{
    /// <summary>Deletes a saved address; when it was the default, the oldest one left becomes the default.</summary>
    public sealed record RemoveAddress(string MemberId, int AddressId) : IRequest<bool>, ITransactional;

    public sealed class RemoveAddressHandler(MarketplaceDbContext db) : IRequestHandler<RemoveAddress, bool>
    {
        public async Task<bool> Handle(RemoveAddress command, CancellationToken ct)
        {
            var saved = await db.SavedAddresses.Where(a => a.MemberId == command.MemberId).OrderBy(a => a.Id).ToListAsync(ct);
            if (saved.FirstOrDefault(a => a.Id == command.AddressId) is not { } gone) return false;
            db.SavedAddresses.Remove(gone);
            if (gone.IsDefault && saved.FirstOrDefault(a => a != gone) is { } next) next.MakeDefault(true);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
