using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account</c>: the member's own details, mail choices, saved addresses, password and withdrawal.</summary>
public static partial class MyAccount
{
    public sealed record Query(string MemberId) : IRequest<Model>;

    public sealed record Model(Profile Profile, MailChoices Mail, IReadOnlyList<AddressView> Addresses);

    public sealed class Profile
    {
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string? Phone { get; set; }
        public string Culture { get; set; } = "ko";
    }

    public sealed class MailChoices
    {
        public bool AcceptsMarketing { get; set; }
        public bool OrderProgress { get; set; }
        public bool ProcurementProgress { get; set; }
        public bool WishlistNews { get; set; }
    }

    public sealed record AddressView(int Id, string Label, ShippingAddress Address, bool IsDefault);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var m = await db.Users.AsNoTracking().FirstAsync(u => u.Id == query.MemberId, ct);
            var addresses = await AddressesOfAsync(db, query.MemberId, ct);
            return new Model(
                new Profile { Email = m.Email ?? "", DisplayName = m.DisplayName, Phone = m.PhoneNumber, Culture = m.PreferredCulture },
                new MailChoices { AcceptsMarketing = m.AcceptsMarketing, OrderProgress = m.MailsOrderProgress, ProcurementProgress = m.MailsProcurementProgress, WishlistNews = m.MailsWishlistNews },
                addresses);
        }
    }

    /// <summary>The member's saved addresses, the default first; checkout offers them in this order.</summary>
    public static async Task<IReadOnlyList<AddressView>> AddressesOfAsync(MarketplaceDbContext db, string memberId, CancellationToken ct) =>
        (await db.SavedAddresses.AsNoTracking().Where(a => a.MemberId == memberId).ToListAsync(ct))
            .OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id)
            .Select(a => new AddressView(a.Id, a.Label, a.Address, a.IsDefault)).ToList();
}
