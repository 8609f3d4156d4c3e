using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Wishlist;

/// <summary>Tells members when a wished product is back in stock or cheaper than they last heard. Each item remembers
/// what it told (<see cref="WishlistItem.NoteChange"/>) in the same save as the queued mail, so a crash or a second
/// server never tells twice, and a catalog change anywhere (an approved price, a restock, a cancellation's stock) is
/// found without a hook in each. Members who said no to the news are remembered silently.</summary>
public static class SendWishlistNews
{
    public const int BatchSize = 500;

    public sealed record Command : IRequest<int>;

    /// <returns>How many mails were queued.</returns>
    public sealed class Handler(MarketplaceDbContext db, MemberMail mail) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var changed = await (
                from w in db.WishlistItems
                join p in db.Products on w.ProductId equals p.Id
                where p.Status == ProductStatus.Published
                    && ((p.Stock > 0) != w.SeenInStock || (p.Stock > 0 && p.PriceWon < w.SeenPriceWon) || p.PriceWon > w.SeenPriceWon)
                orderby w.Id
                select new { Item = w, p.Name, p.PriceWon, p.Stock })
                .Take(BatchSize).ToListAsync(ct);
            var sent = 0;
            foreach (var c in changed)
            {
                var before = c.Item.SeenPriceWon;
                var news = c.Item.NoteChange(c.PriceWon, c.Stock > 0);
                if (news == WishlistNews.None) continue;
                var template = news.HasFlag(WishlistNews.PriceDropped) ? "WishPriceDropped" : "WishBackInStock";
                await mail.ToMemberAsync(c.Item.MemberId, MailTopic.Wishlist, template, $"/products/{c.Item.ProductId}",
                    [c.Name, new Won(before), new Won(c.PriceWon)], ct);
                sent++;
            }
            await db.SaveChangesAsync(ct);
            return sent;
        }
    }
}

/// <summary>Runs <see cref="SendWishlistNews"/> every ten minutes on one server.</summary>
public sealed class WishlistNewsService(IServiceScopeFactory scopes, Infrastructure.Cluster.JobLeases leases, ILogger<WishlistNewsService> logger)
    : Infrastructure.Cluster.LeasedJob(scopes, leases, logger)
{
    public override string Name => "wishlist-news";
    public override TimeSpan Interval => TimeSpan.FromMinutes(10);
    protected override bool RunsAtStart => false;

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<IMediator>().Send(new SendWishlistNews.Command(), ct);
}
